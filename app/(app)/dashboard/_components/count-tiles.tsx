import Link from "next/link";
import { TONE_CLASSES, type Tone } from "@/app/_components/risk-badge";

export type Tile = { id: string; label: string; count: number; href: string; tone: Tone; toneLabel: string };

/** The counts in one row (wrapping on a phone), each a link to its filtered list, urgent first. */
export function CountTiles({ tiles, label }: { tiles: Tile[]; label: string }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
      {tiles.map((tile) => {
        const tone: Tone = tile.count === 0 ? "ok" : tile.tone;
        return (
          <li key={tile.id}>
            <Link
              href={tile.href}
              className={`flex h-full flex-col justify-between gap-1 rounded-lg border border-l-4 border-gray-200 bg-white p-3 hover:bg-gray-50 ${TONE_CLASSES[tone].border}`}
              data-testid={`tile-${tile.id}`}
            >
              <span className="text-sm text-gray-700">{tile.label}</span>
              <span className="flex items-baseline justify-between gap-2">
                <span className="num text-3xl font-bold">{tile.count}</span>
                <span
                  className={`rounded border px-1.5 py-0.5 text-xs font-semibold ${TONE_CLASSES[tone].badge}`}
                >
                  {tile.toneLabel}
                </span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
