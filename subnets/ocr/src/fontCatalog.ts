/**
 * The fonts documents are drawn with: TrueType files from Debian's font packages (fonts-dejavu-core,
 * fonts-liberation2, fonts-noto-core), found under the system font folders and registered with
 * @napi-rs/canvas under stable aliases. Only a known list of text faces is used (never a symbol or math font),
 * in a fixed order, so a seed draws the same faces on machines that have the same packages.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { TaonetError } from '@taonet/primitives';

export interface FontFace {
  /** The family alias registered with canvas (`ocr-0`, `ocr-1`, ...). */
  readonly family: string;
  /** The font file's name, e.g. `DejaVuSerif-Bold.ttf`. */
  readonly file: string;
  readonly path: string;
  readonly monospace: boolean;
}

export interface FontCatalogOpts {
  /** Explicit font files (used as given, in this order); otherwise `fontDirs` are searched. */
  readonly fontPaths?: readonly string[];
  readonly fontDirs?: readonly string[];
}

export const DEFAULT_FONT_DIRS: readonly string[] = ['/usr/share/fonts', '/usr/local/share/fonts'];

/** Text faces known to render Latin text well, by file name, in the order they are used. */
export const KNOWN_FONT_FILES: readonly string[] = [
  'DejaVuSans.ttf',
  'DejaVuSerif.ttf',
  'DejaVuSansMono.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSerif-Bold.ttf',
  'DejaVuSansCondensed.ttf',
  'DejaVuSerifCondensed.ttf',
  'DejaVuSerif-Italic.ttf',
  'LiberationSans-Regular.ttf',
  'LiberationSerif-Regular.ttf',
  'LiberationMono-Regular.ttf',
  'LiberationSans-Bold.ttf',
  'LiberationSerif-Bold.ttf',
  'LiberationSerif-Italic.ttf',
  'LiberationSansNarrow-Regular.ttf',
  'NotoSans-Regular.ttf',
  'NotoSerif-Regular.ttf',
  'NotoSans-Bold.ttf',
  'NotoSerif-Bold.ttf',
  'NotoSansMono-Regular.ttf',
];

const MAX_DEPTH = 5;

function collectFontFiles(dir: string, depth: number, found: Map<string, string>): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (/\.(ttf|otf)$/i.test(name)) {
      if (!found.has(name)) found.set(name, path);
    } else if (depth < MAX_DEPTH && !name.startsWith('.')) {
      try {
        if (statSync(path).isDirectory()) collectFontFiles(path, depth + 1, found);
      } catch {
        // unreadable entry: skip it
      }
    }
  }
}

/** The known faces present under `dirs`, in KNOWN_FONT_FILES order. */
export function findFontFiles(dirs: readonly string[] = DEFAULT_FONT_DIRS): string[] {
  const found = new Map<string, string>();
  for (const dir of dirs) collectFontFiles(dir, 0, found);
  return KNOWN_FONT_FILES.flatMap((file) => {
    const path = found.get(file);
    return path === undefined ? [] : [path];
  });
}

const registered = new Map<string, string>();

function registerFont(path: string): string {
  const known = registered.get(path);
  if (known !== undefined) return known;
  const family = `ocr-${registered.size}`;
  if (GlobalFonts.registerFromPath(path, family) === null) {
    throw new TaonetError('OCR_FONT_UNREADABLE', `canvas could not load the font file ${path}`, {
      details: { path },
    });
  }
  registered.set(path, family);
  return family;
}

/** Finds and registers the fonts; throws OCR_NO_FONT (with the apt-get command that fixes it) when none. */
export function loadFontCatalog(opts: FontCatalogOpts = {}): FontFace[] {
  const dirs = opts.fontDirs ?? DEFAULT_FONT_DIRS;
  const paths = opts.fontPaths ?? findFontFiles(dirs);
  const usable = paths.filter((path) => existsSync(path));
  if (usable.length === 0) {
    const where = opts.fontPaths === undefined ? `under ${dirs.join(', ')}` : `among ${paths.join(', ')}`;
    throw new TaonetError(
      'OCR_NO_FONT',
      `no usable font found ${where}: install one, e.g. \`sudo apt-get install -y fonts-dejavu-core fonts-liberation2\`, or pass fontPaths`,
      { details: { dirs, fontPaths: opts.fontPaths ?? null, known: KNOWN_FONT_FILES } },
    );
  }
  return usable.map((path) => {
    const file = basename(path);
    return { family: registerFont(path), file, path, monospace: /Mono/.test(file) };
  });
}
