import type { TitleSpan } from './title';
import type { Attendance } from './venue';

/** How a person is referred to at one place in a block. Offsets are into the block's text. */
export interface Mention {
  block: number;
  /** Start of the whole reference, title chain included. */
  start: number;
  nameStart: number;
  nameEnd: number;
  titles: TitleSpan[];
  /** A title after the name (王建平常委建议) or an honorific (某某总书记). */
  trailing?: TitleSpan;
  /** Folded name: the person's identity within and across reports. */
  key: string;
  /**
   * The full name, as written, of the one person of the report a surname alone stands for
   * (王委员 beside 台籍委员王某某): `key` is then that name's.
   */
  refersTo?: string;
  /** The component that found it (`rule:titled`, `tagger`, `known-name` …) and how sure it is. */
  source: string;
  score: number;
  /** What it does where it stands, and where the person took part from (the roles component). */
  role?: Role;
  attendance?: Attendance;
}

/** What a mention does in its sentence: speaks (and where the speech verb ends), chairs, or is only named. */
export interface Role {
  speaks: boolean;
  chairs: boolean;
  /** Offset just past the speech verb (or 看来), where the content begins. */
  contentStart: number;
  /** Offsets of the organisation spoken for (代表民革中央发言). */
  represents?: [number, number];
  /** Where the content ends when it is shorter than the clause: a speech's title (《…》). */
  contentEnd?: number;
}
