import { segmenter } from '../segment/segmenter';

// Words jieba's TF-IDF ranks high in this genre that say nothing about a proposal's subject.
const GENERIC = new Set([
  '发展',
  '推动',
  '加快',
  '加强',
  '支持',
  '建设',
  '提升',
  '推进',
  '构建',
  '形成',
  '实现',
  '领域',
  '方面',
  '问题',
  '工作',
  '行业',
  '我国',
  '更多',
  '相关',
  '重要',
  '建议',
  '需要',
  '应用',
  '同时',
  '目前',
  '当前',
]);

/**
 * A few theme keywords for a proposal: jieba's TF-IDF keywords of its folded text (one script,
 * so 算力 and 算力 in either script are one theme), plus the section heading it sits under.
 */
export function themesOf(folded: string, section: string | null, count = 3): string[] {
  const words = segmenter()
    .keywords(folded, count + 6)
    .filter((w) => w.length >= 2 && !GENERIC.has(w) && !/^[\d.%]+$/.test(w))
    .slice(0, count);
  return section ? [...words, section] : words;
}
