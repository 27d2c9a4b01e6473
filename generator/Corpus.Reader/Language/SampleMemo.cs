using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Reading.Language;

/// <summary>
/// The counts of paragraphs the language detector has read, by their text. An article's language is told twice: from
/// the body before junk removal (junk removal needs it) and from the clean paragraphs after; most paragraphs come out
/// of junk removal as they went in, and are not read twice.
/// </summary>
/// <remarks>
/// A paragraph junk removal left as it was is the same string object, so paragraphs are told apart by reference:
/// hashing and comparing their text cost more than reading it. An equal text in another object is read again, which
/// gives the same counts.
/// </remarks>
internal sealed class SampleMemo
{
    private readonly Dictionary<string, TextSample> _paragraphs = new(SameObject.Instance);

    public bool TryGet(string paragraph, out TextSample counts) => _paragraphs.TryGetValue(paragraph, out counts!);

    public void Remember(string paragraph, TextSample counts) => _paragraphs[paragraph] = counts;

    private sealed class SameObject : IEqualityComparer<string>
    {
        public static readonly SameObject Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
