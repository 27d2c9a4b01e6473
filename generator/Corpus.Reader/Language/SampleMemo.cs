using System.Collections.Generic;

namespace Corpus.Reading.Language;

/// <summary>
/// The counts of paragraphs the language detector has read, by their text. An article's language is told twice: from
/// the body before junk removal (junk removal needs it) and from the clean paragraphs after; most paragraphs come out
/// of junk removal as they went in, and are not read twice.
/// </summary>
internal sealed class SampleMemo
{
    private readonly Dictionary<string, TextSample> _paragraphs = new(System.StringComparer.Ordinal);

    public bool TryGet(string paragraph, out TextSample counts) => _paragraphs.TryGetValue(paragraph, out counts!);

    public void Remember(string paragraph, TextSample counts) => _paragraphs[paragraph] = counts;
}
