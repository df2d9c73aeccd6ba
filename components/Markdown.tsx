// Notes are Markdown, rendered to Preact elements node by node: no HTML string is ever parsed, raw HTML in
// a note shows as text, only http(s)/mailto links are live, and images stay links (no remote loads).
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { ComponentChildren } from 'preact';

const SAFE_LINK = /^(https?:|mailto:)/i;

function children(node: Parents): ComponentChildren {
  return node.children.map((child, i) => <MdNode key={i} node={child} />);
}

function MdNode({ node }: { node: Nodes }): ComponentChildren {
  switch (node.type) {
    case 'root':
      return <>{children(node)}</>;
    case 'paragraph':
      return <p>{children(node)}</p>;
    case 'heading':
      return <strong class={`md-h${node.depth}`}>{children(node)}</strong>;
    case 'text':
      return node.value;
    case 'emphasis':
      return <em>{children(node)}</em>;
    case 'strong':
      return <strong>{children(node)}</strong>;
    case 'delete':
      return <del>{children(node)}</del>;
    case 'inlineCode':
      return <code>{node.value}</code>;
    case 'code':
      return (
        <pre>
          <code>{node.value}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote>{children(node)}</blockquote>;
    case 'list':
      return node.ordered ? <ol>{children(node)}</ol> : <ul>{children(node)}</ul>;
    case 'listItem':
      return <li>{children(node)}</li>;
    case 'break':
      return <br />;
    case 'thematicBreak':
      return <hr />;
    case 'link':
      return SAFE_LINK.test(node.url) ? (
        <a href={node.url} target="_blank" rel="noopener noreferrer">
          {children(node)}
        </a>
      ) : (
        children(node)
      );
    case 'image':
      return SAFE_LINK.test(node.url) ? (
        <a href={node.url} target="_blank" rel="noopener noreferrer">
          [image: {node.alt || node.url}]
        </a>
      ) : (
        `[image: ${node.alt ?? ''}]`
      );
    case 'html':
      return node.value;
    default:
      return 'children' in node ? children(node as Parents) : 'value' in node ? String(node.value) : null;
  }
}

export function Markdown({ source }: { source: string }) {
  return (
    <div class="markdown">
      <MdNode node={fromMarkdown(source)} />
    </div>
  );
}
