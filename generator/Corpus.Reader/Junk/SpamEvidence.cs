using System;
using System.Collections.Generic;

namespace Corpus.Reading.Junk;

/// <summary>
/// The evidence that a stretch of a paragraph is injected spam, in four families that each catch a different trick,
/// and the verdict. One family never decides: a Cyrillic quote breaks the script, a cited report carries a link, a
/// story about payday lenders uses their words — each is ordinary journalism. Spam shows two families at once.
/// </summary>
internal sealed class SpamEvidence
{
    /// <summary>The score a stretch needs to be spam (with at least two families).</summary>
    public const double Threshold = 3.5;

    /// <summary>Vocabulary counts for this much at most, so that a long list of keywords alone cannot decide.</summary>
    private const double MaxVocabulary = 4;

    /// <summary>Repetition and missing grammar count for this much at most.</summary>
    private const double MaxStuffing = 1.5;

    /// <summary>What a run that reads as the article's own sentences takes off its score.</summary>
    private const double ProsePenalty = 1.5;

    /// <summary>Family A: the stretch is in another script than the article (Cyrillic in English text, Latin in Russian).</summary>
    public bool BreaksScript { get; set; }

    /// <summary>
    /// Family B: the sites linked from the stretch that nothing else in the article refers to. Made with the first:
    /// most stretches link nowhere, and every sentence of an article is weighed.
    /// </summary>
    private HashSet<string>? _unreferencedSites;

    public int UnreferencedSiteCount => _unreferencedSites?.Count ?? 0;

    /// <summary>Family C: strong spam collocations found.</summary>
    public int StrongTerms { get; set; }

    /// <summary>Family C: weak spam words found.</summary>
    public int WeakTerms { get; set; }

    /// <summary>Family D: a word repeated as keyword stuffing does.</summary>
    public bool Repeats { get; set; }

    /// <summary>Family D: five words or more with almost no function words: a keyword list, not a sentence.</summary>
    public bool LacksGrammar { get; set; }

    /// <summary>Words in stretches that read as ordinary sentences of the article, and words in all.</summary>
    public int ProseWords { get; set; }

    public int Words { get; set; }

    public double Score
    {
        get
        {
            var score = (BreaksScript ? 1.5 : 0)
                + (UnreferencedSiteCount switch { 0 => 0, 1 => 1.5, _ => 2 })
                + Math.Min(MaxVocabulary, (2 * StrongTerms) + (0.75 * WeakTerms))
                + Math.Min(MaxStuffing, (Repeats ? 1 : 0) + (LacksGrammar ? 0.75 : 0));
            return ProseWords * 2 > Words ? score - ProsePenalty : score;
        }
    }

    public int Families =>
        (BreaksScript ? 1 : 0)
        + (UnreferencedSiteCount > 0 ? 1 : 0)
        + (StrongTerms > 0 || WeakTerms >= 2 ? 1 : 0)
        + (Repeats || LacksGrammar ? 1 : 0);

    public bool IsSpam => Families >= 2 && Score >= Threshold;

    public bool IsEmpty => !BreaksScript && UnreferencedSiteCount == 0 && StrongTerms == 0 && WeakTerms == 0 && !Repeats && !LacksGrammar;

    public void Add(SpamEvidence other)
    {
        BreaksScript |= other.BreaksScript;
        if (other._unreferencedSites is { } sites)
        {
            (_unreferencedSites ??= new(StringComparer.Ordinal)).UnionWith(sites);
        }

        StrongTerms += other.StrongTerms;
        WeakTerms += other.WeakTerms;
        Repeats |= other.Repeats;
        LacksGrammar |= other.LacksGrammar;
        ProseWords += other.ProseWords;
        Words += other.Words;
    }

    public void AddUnreferencedSite(string site) => (_unreferencedSites ??= new(StringComparer.Ordinal)).Add(site);

    public void ClearUnreferencedSites() => _unreferencedSites?.Clear();
}
