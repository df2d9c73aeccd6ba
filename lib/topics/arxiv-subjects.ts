// Readable names of arXiv subject classes (arxiv.org/category_taxonomy), with a shorter chip label where
// the official name is long. One compact string, parsed once: this runs in the background worker.
// Format: `archive:` opens an archive; `CODE Name|Short` per class, `;`-separated; `.` is the archive itself.

const DATA = `cs:AI Artificial Intelligence|AI;AR Hardware Architecture;CC Computational Complexity;CE Computational Engineering, Finance, and Science|Computational Science;CG Computational Geometry;CL Computation and Language|NLP;CR Cryptography and Security|Security;CV Computer Vision and Pattern Recognition|Computer Vision;CY Computers and Society;DB Databases;DC Distributed, Parallel, and Cluster Computing|Distributed Computing;DL Digital Libraries;DM Discrete Mathematics;DS Data Structures and Algorithms|Algorithms;ET Emerging Technologies;FL Formal Languages and Automata Theory|Formal Languages;GL General Literature;GR Graphics;GT Computer Science and Game Theory|Game Theory;HC Human-Computer Interaction|HCI;IR Information Retrieval;IT Information Theory;LG Machine Learning;LO Logic in Computer Science;MA Multiagent Systems;MM Multimedia;MS Mathematical Software;NA Numerical Analysis;NE Neural and Evolutionary Computing|Neural and Evolutionary;NI Networking and Internet Architecture|Networking;OH Other Computer Science;OS Operating Systems;PF Performance;PL Programming Languages;RO Robotics;SC Symbolic Computation;SD Sound;SE Software Engineering;SI Social and Information Networks|Social Networks;SY Systems and Control
econ:EM Econometrics;GN General Economics;TH Theoretical Economics
eess:AS Audio and Speech Processing|Audio and Speech;IV Image and Video Processing|Image and Video;SP Signal Processing;SY Systems and Control
math:AC Commutative Algebra;AG Algebraic Geometry;AP Analysis of PDEs|PDEs;AT Algebraic Topology;CA Classical Analysis and ODEs|Analysis and ODEs;CO Combinatorics;CT Category Theory;CV Complex Variables;DG Differential Geometry;DS Dynamical Systems;FA Functional Analysis;GM General Mathematics;GN General Topology;GR Group Theory;GT Geometric Topology;HO History and Overview;IT Information Theory;KT K-Theory and Homology;LO Logic;MG Metric Geometry;MP Mathematical Physics;NA Numerical Analysis;NT Number Theory;OA Operator Algebras;OC Optimization and Control|Optimization;PR Probability;QA Quantum Algebra;RA Rings and Algebras;RT Representation Theory;SG Symplectic Geometry;SP Spectral Theory;ST Statistics Theory
astro-ph:. Astrophysics;CO Cosmology and Nongalactic Astrophysics|Cosmology;EP Earth and Planetary Astrophysics|Planetary Astrophysics;GA Astrophysics of Galaxies|Galaxies;HE High Energy Astrophysical Phenomena|High-Energy Astrophysics;IM Instrumentation and Methods for Astrophysics|Astro Instrumentation;SR Solar and Stellar Astrophysics|Solar and Stellar
cond-mat:. Condensed Matter;dis-nn Disordered Systems and Neural Networks|Disordered Systems;mes-hall Mesoscale and Nanoscale Physics|Mesoscale and Nanoscale;mtrl-sci Materials Science;other Other Condensed Matter;quant-gas Quantum Gases;soft Soft Condensed Matter|Soft Matter;stat-mech Statistical Mechanics;str-el Strongly Correlated Electrons|Correlated Electrons;supr-con Superconductivity
gr-qc:. General Relativity and Quantum Cosmology|General Relativity
hep-ex:. High Energy Physics - Experiment|HEP Experiment
hep-lat:. High Energy Physics - Lattice|Lattice QCD
hep-ph:. High Energy Physics - Phenomenology|HEP Phenomenology
hep-th:. High Energy Physics - Theory|HEP Theory
math-ph:. Mathematical Physics
nlin:AO Adaptation and Self-Organizing Systems|Self-Organizing Systems;CD Chaotic Dynamics;CG Cellular Automata and Lattice Gases|Cellular Automata;PS Pattern Formation and Solitons|Pattern Formation;SI Exactly Solvable and Integrable Systems|Integrable Systems
nucl-ex:. Nuclear Experiment
nucl-th:. Nuclear Theory
physics:acc-ph Accelerator Physics;ao-ph Atmospheric and Oceanic Physics|Atmospheric Physics;app-ph Applied Physics;atm-clus Atomic and Molecular Clusters|Clusters;atom-ph Atomic Physics;bio-ph Biological Physics;chem-ph Chemical Physics;class-ph Classical Physics;comp-ph Computational Physics;data-an Data Analysis, Statistics and Probability|Data Analysis;ed-ph Physics Education;flu-dyn Fluid Dynamics;gen-ph General Physics;geo-ph Geophysics;hist-ph History and Philosophy of Physics|History of Physics;ins-det Instrumentation and Detectors|Detectors;med-ph Medical Physics;optics Optics;plasm-ph Plasma Physics;pop-ph Popular Physics;soc-ph Physics and Society;space-ph Space Physics
quant-ph:. Quantum Physics
q-bio:BM Biomolecules;CB Cell Behavior;GN Genomics;MN Molecular Networks;NC Neurons and Cognition|Neuroscience;OT Other Quantitative Biology;PE Populations and Evolution|Evolution;QM Quantitative Methods;SC Subcellular Processes;TO Tissues and Organs
q-fin:CP Computational Finance;EC Economics;GN General Finance;MF Mathematical Finance;PM Portfolio Management;PR Pricing of Securities;RM Risk Management;ST Statistical Finance;TR Trading and Market Microstructure|Market Microstructure
stat:AP Applications|Applied Statistics;CO Computation|Statistical Computation;ME Methodology|Statistical Methodology;ML Machine Learning;OT Other Statistics;TH Statistics Theory`;

export interface SubjectInfo {
  /** The official name, as arXiv prints it beside the code. */
  name: string;
  /** What a chip shows: the official name, or a shorter one where that is long. */
  label: string;
}

let table: Map<string, SubjectInfo> | null = null;

function subjects(): Map<string, SubjectInfo> {
  if (table) return table;
  table = new Map();
  for (const line of DATA.split('\n')) {
    const colon = line.indexOf(':');
    const archive = line.slice(0, colon);
    for (const entry of line.slice(colon + 1).split(';')) {
      const space = entry.indexOf(' ');
      const code = entry.slice(0, space);
      const [name = '', label] = entry.slice(space + 1).split('|');
      table.set(code === '.' ? archive : `${archive}.${code}`, { name, label: label ?? name });
    }
  }
  return table;
}

/** Official name and chip label of an arXiv subject code (`cs.LG`, `hep-th`), or undefined. */
export function subjectInfo(code: string): SubjectInfo | undefined {
  return subjects().get(code.trim());
}

/** A readable name for a subject: ours, else the one the page gave, else the code itself. */
export function subjectLabel(subject: { code: string; name?: string }): string {
  return subjectInfo(subject.code)?.label ?? subject.name?.trim() ?? subject.code;
}

/** Every code we name, for tests and settings screens. */
export function knownSubjectCodes(): string[] {
  return [...subjects().keys()];
}
