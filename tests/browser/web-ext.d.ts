// The part of web-ext's programmatic API the lint test calls (the package ships no types).
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(options: Record<string, unknown>, runOptions: { shouldExitProgram: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
