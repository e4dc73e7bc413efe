import { Fragment } from "react";

/**
 * The OpenAPI descriptions use two bits of Markdown: `code` and **bold**, and blank lines between
 * paragraphs. Rendered as React elements (never as HTML strings), so nothing in them can inject markup.
 */
export function InlineText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g);
  return (
    <>
      {parts.map((part, i) => {
        const key = `${i}-${part.slice(0, 8)}`;
        if (part.startsWith("`") && part.endsWith("`"))
          return (
            <code key={key} className="rounded bg-gray-100 px-1 font-mono text-[0.9em]">
              {part.slice(1, -1)}
            </code>
          );
        if (part.startsWith("**") && part.endsWith("**"))
          return <strong key={key}>{part.slice(2, -2)}</strong>;
        return <Fragment key={key}>{part}</Fragment>;
      })}
    </>
  );
}

export function Paragraphs({ text, className = "" }: { text: string; className?: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph) => (
        <p key={paragraph.slice(0, 40)} className={className}>
          <InlineText text={paragraph.replace(/\n/g, " ")} />
        </p>
      ))}
    </>
  );
}
