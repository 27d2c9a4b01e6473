using System;
using System.Collections.Generic;
using Corpus.Reading.Formats;
using Corpus.Reading.Language;
using Corpus.Reading.Text;

namespace Corpus.Reading.Junk;

/// <summary>A stretch <c>[Start, End)</c> of a block's text.</summary>
internal readonly record struct TextRange(int Start, int End);

/// <summary>
/// Finds spam injected into a paragraph. The paragraph is cut into stretches at sentence ends and wherever the script
/// changes — injected spam is pasted after a sentence or in another alphabet, seldom inside a clause — and each
/// stretch is weighed (<see cref="SpamEvidence"/>). Neighbouring stretches with evidence are judged together, so that a
/// keyword line and the link after it are one run, while a sentence of the article that merely mentions a loan or a
/// casino stays out unless it carries a strong term or an unknown link. A run that qualifies is cut out; when its first
/// stretch opens with five words or more before any evidence, those words are the article's and stay.
/// </summary>
internal sealed class SpamDetector
{
    /// <summary>A stretch shorter than this reads too little to count as grammar-less.</summary>
    private const int MinWordsForGrammar = 5;

    /// <summary>Spam keyword lists are short: repetition is looked for in stretches up to this long.</summary>
    private const int MaxWordsForRepetition = 40;

    /// <summary>The table repeated words are counted in has 2^this slots, well above the words it holds.</summary>
    private const int RepetitionSlotBits = 6;

    private const int RepetitionSlots = 1 << RepetitionSlotBits;

    /// <summary>2^64 divided by the golden ratio: multiplying by it spreads a word's shape over the top bits, which pick its slot.</summary>
    private const long FibonacciMultiplier = unchecked((long)0x9E3779B97F4A7C15);

    /// <summary>Below this share of function words, five words or more are a keyword list.</summary>
    private const double MaxKeywordListFunctionShare = 0.08;

    /// <summary>A stretch of the article's own prose: this many words, function words and a full stop.</summary>
    private const int MinProseWords = 6;

    private const double MinProseFunctionShare = 0.12;

    /// <summary>The article's words before the first evidence in a run's opening stretch are kept from this many on.</summary>
    private const int MinKeptOpeningWords = 5;

    /// <summary>When a run opens its paragraph, the words before its first evidence are kept only from this many on.</summary>
    private const int MinKeptParagraphOpeningWords = 8;

    /// <summary>A stretch this short, not prose, at the edge of a paragraph goes with the spam run beside it.</summary>
    private const int MaxLeftoverWords = 6;

    /// <summary>Abbreviations whose full stop ends no sentence.</summary>
    private static readonly WordTable<bool> Abbreviations = WordTable<bool>.SetOf(
    [
        "mr", "mrs", "ms", "dr", "prof", "st", "lt", "col", "gen", "sgt", "capt", "gov", "sen", "rep", "rev", "jr", "sr",
        "inc", "ltd", "co", "corp", "vs", "no", "nos", "vol", "fig", "approx", "etc", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "г", "гг", "ул", "им", "т", "д", "см", "стр", "др",
    ]);

    private readonly ArticleContext _context;

    /// <summary>Each stretch's letters by script, counted afresh for every stretch in one array.</summary>
    private readonly int[] _letters = new int[Scripts.Count];

    public SpamDetector(ArticleContext context) => _context = context;

    /// <summary>The spam runs of block <paramref name="blockIndex"/>, in order and not overlapping.</summary>
    /// <param name="blockIndex">The block's place in the body.</param>
    /// <param name="block">The block.</param>
    /// <param name="tokens">The block's tokens, scanned once for the whole filter.</param>
    /// <param name="links">The block's links, found once for the whole filter.</param>
    public List<TextRange> FindRuns(int blockIndex, DocumentBlock block, List<Token> tokens, List<LinkSpan> links)
    {
        var runs = new List<TextRange>();
        var text = block.Text;
        if (tokens.Count == 0)
        {
            return runs;
        }

        var stretches = new List<Stretch>();
        var start = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (t + 1 == tokens.Count || EndsStretch(text, tokens[t], tokens[t + 1]))
            {
                stretches.Add(Weigh(blockIndex, text, tokens, links, start, t));
                start = t + 1;
            }
        }

        var i = 0;
        while (i < stretches.Count)
        {
            if (!stretches[i].IsCandidate)
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < stretches.Count && (stretches[end + 1].IsCandidate || IsGlue(stretches, end + 1)))
            {
                end++;
            }

            if (Judge(blockIndex, stretches, i, end).IsSpam)
            {
                var first = i == 1 && IsLeftover(stretches[0]) ? 0 : i;
                var last = end == stretches.Count - 2 && IsLeftover(stretches[end + 1]) ? end + 1 : end;
                var opening = stretches[first];
                var keepsOpening = opening.OpeningWords >= (first == 0 ? MinKeptParagraphOpeningWords : MinKeptOpeningWords);
                runs.Add(new TextRange(keepsOpening ? opening.FirstEvidence : opening.Start, stretches[last].End));
                end = last;
            }

            i = end + 1;
        }

        return runs;
    }

    /// <summary>A short stretch without evidence between two candidates belongs to their run ("…онлайн. Best! займ…").</summary>
    private static bool IsGlue(List<Stretch> stretches, int index) =>
        index + 1 < stretches.Count && stretches[index].Evidence.Words <= 2 && stretches[index + 1].IsCandidate;

    /// <summary>
    /// A few words that open or close a paragraph and do not read as the article's prose go with a spam run beside
    /// them: a pasted advertisement's "Need help with your assignment?" has no evidence of its own, but left behind
    /// it would be a paragraph of nothing. A short statement ending in a full stop is the article's ("Construction
    /// is due to finish in 2027.") and stays.
    /// </summary>
    private static bool IsLeftover(Stretch stretch) => !stretch.IsProse && !stretch.EndsWithFullStop && stretch.Evidence.Words <= MaxLeftoverWords;

    private SpamEvidence Judge(int blockIndex, List<Stretch> stretches, int first, int last)
    {
        var evidence = new SpamEvidence();
        var start = stretches[first].Start;
        var end = stretches[last].End;
        for (var i = first; i <= last; i++)
        {
            evidence.Add(stretches[i].Evidence);
        }

        // Whether a site is referred to elsewhere is asked again for the whole run: a name in one of its stretches
        // and the link in the next are the same advertisement, not a reference.
        evidence.ClearUnreferencedSites();
        for (var i = first; i <= last; i++)
        {
            foreach (var site in stretches[i].Sites)
            {
                if (!_context.IsReferenced(site, blockIndex, start, end))
                {
                    evidence.AddUnreferencedSite(site);
                }
            }
        }

        return evidence;
    }

    /// <summary>
    /// True when a stretch ends between <paramref name="current"/> and <paramref name="next"/>: at a sentence end,
    /// between two words in different scripts, and after an address followed by a capital (spam drops the full stop
    /// after its link: "…/invest The company said").
    /// </summary>
    private static bool EndsStretch(string text, Token current, Token next)
    {
        var scriptChanges = current.IsWord && next.IsWord && current.Script != Script.None && next.Script != Script.None && current.Script != next.Script;
        return scriptChanges || EndsSentence(text, current, next.Start) || (current.IsUrl && next.IsWord && char.IsUpper(text[next.Start]));
    }

    /// <summary>
    /// True when the gap after <paramref name="token"/> holds a full stop, question or exclamation mark followed by a
    /// space, and the token is no abbreviation. The gap is read first: most gaps are a space, and then no word need
    /// be looked up.
    /// </summary>
    private static bool EndsSentence(string text, Token token, int gapEnd)
    {
        var stop = false;
        for (var i = token.End; i < gapEnd; i++)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '…' or ';' or '。' or '！' or '？')
            {
                stop = true;
            }
            else if (stop && TextCleaner.IsWhiteSpace(c))
            {
                return !(token.IsWord && (token.End - token.Start == 1 || Abbreviations.ContainsKey(token.Word)));
            }
        }

        return false;
    }

    private Stretch Weigh(int blockIndex, string text, List<Token> tokens, List<LinkSpan> links, int first, int last)
    {
        var start = first == 0 ? 0 : AfterSpace(text, tokens[first - 1].End, tokens[first].Start);
        var end = last == tokens.Count - 1 ? text.Length : BeforeSpace(text, tokens[last].End, tokens[last + 1].Start);
        var evidence = new SpamEvidence();
        List<string>? sites = null;
        var firstEvidence = int.MaxValue;

        var letters = _letters;
        Array.Clear(letters, 0, letters.Length);
        for (var t = first; t <= last; t++)
        {
            var token = tokens[t];
            if (token.IsWord)
            {
                letters[(int)token.Script] += token.End - token.Start;
            }
        }

        letters[(int)Script.None] = 0;
        var script = Scripts.Largest(letters);
        var mask = script == _context.Script ? _context.FunctionWordMask : FunctionWords.MaskFor(null, script);
        var functionWords = 0;
        var foreignWords = 0;
        for (var t = first; t <= last; t++)
        {
            var token = tokens[t];
            if (token.IsUrl)
            {
                var site = TextScanner.SiteName(token.Host);
                (sites ??= []).Add(site);
                if (!_context.IsReferenced(site, blockIndex, start, end))
                {
                    evidence.AddUnreferencedSite(site);
                    firstEvidence = System.Math.Min(firstEvidence, token.Start);
                }

                continue;
            }

            if (token.Script == Script.None)
            {
                continue;
            }

            evidence.Words++;
            functionWords += (token.FunctionWordLanguages & mask) != 0 ? 1 : 0;
            if (token.Script != _context.Script && _context.Script != Script.None)
            {
                foreignWords++;
                firstEvidence = System.Math.Min(firstEvidence, token.Start);
            }

        }

        foreach (var link in links)
        {
            if (link.Start >= start && link.Start < end)
            {
                var site = TextScanner.SiteName(link.Host);
                (sites ??= []).Add(site);
                if (!_context.IsReferenced(site, blockIndex, start, end))
                {
                    evidence.AddUnreferencedSite(site);
                    firstEvidence = System.Math.Min(firstEvidence, link.Start);
                }
            }
        }

        evidence.BreaksScript = script != _context.Script && script != Script.None && foreignWords >= 2;
        foreach (var match in SpamLexicon.Instance.Find(tokens, first, last + 1))
        {
            if (match.Tag == SpamStrength.Strong)
            {
                evidence.StrongTerms++;
            }
            else
            {
                evidence.WeakTerms++;
            }

            firstEvidence = System.Math.Min(firstEvidence, tokens[match.First].Start);
        }

        var functionShare = evidence.Words == 0 ? 0 : (double)functionWords / evidence.Words;
        evidence.Repeats = HasRepeatedKeyword(tokens, first, last, evidence.Words, mask);
        evidence.LacksGrammar = mask != 0 && evidence.Words >= MinWordsForGrammar && functionShare < MaxKeywordListFunctionShare;
        var isProse = evidence.Words >= MinProseWords && functionShare >= MinProseFunctionShare && EndsWithStop(text, tokens[last].End, end);
        evidence.ProseWords = isProse ? evidence.Words : 0;

        // Words before the first evidence, counted only up to it (without evidence, they are all its words); a stretch
        // that opens with the article's own words keeps them when there are enough of them to be a clause.
        var wordsBefore = evidence.Words;
        if (firstEvidence != int.MaxValue)
        {
            wordsBefore = 0;
            for (var t = first; t <= last && tokens[t].Start < firstEvidence; t++)
            {
                var token = tokens[t];
                wordsBefore += token.IsWord && token.Script != Script.None ? 1 : 0;
            }
        }

        var endsWithFullStop = end > start && text[end - 1] is '.' or '。' && !(end - start > 2 && text[end - 2] == '.');
        return new Stretch(start, end, evidence, sites ?? (IReadOnlyList<string>)Array.Empty<string>(), firstEvidence == int.MaxValue ? start : firstEvidence, wordsBefore, isProse, endsWithFullStop);
    }

    /// <summary>
    /// A word of three letters or more, not a function word, three times — or twice in a dozen words — in a stretch
    /// of up to <see cref="MaxWordsForRepetition"/> words (<paramref name="words"/> has). So few words are counted in
    /// a small table on the stack, placed by their length and first and last letters, rather than compared pairwise.
    /// </summary>
    private static bool HasRepeatedKeyword(List<Token> tokens, int first, int last, int words, int mask)
    {
        if (words > MaxWordsForRepetition)
        {
            return false;
        }

        var needed = words <= 12 ? 2 : 3;
        Span<int> keywords = stackalloc int[RepetitionSlots];
        Span<long> shapes = stackalloc long[RepetitionSlots];
        Span<int> counts = stackalloc int[RepetitionSlots];
        for (var t = first; t <= last; t++)
        {
            var token = tokens[t];
            if (!token.IsWord || token.Script == Script.None || token.End - token.Start < 3 || (token.FunctionWordLanguages & mask) != 0)
            {
                continue;
            }

            var word = token.Word;

            // Slots hold a token's index plus one, so that a fresh table means "empty"; a taken slot passes the word on.
            var shape = ((long)word.Length << 32) | ((long)word[0] << 16) | word[word.Length - 1];
            var slot = (int)(unchecked((ulong)(shape * FibonacciMultiplier)) >> (64 - RepetitionSlotBits));
            while (keywords[slot] != 0 && !(shapes[slot] == shape && tokens[keywords[slot] - 1].Word.SequenceEqual(word)))
            {
                slot = (slot + 1) % RepetitionSlots;
            }

            if (keywords[slot] == 0)
            {
                keywords[slot] = t + 1;
                shapes[slot] = shape;
            }

            if (++counts[slot] >= needed)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithStop(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' or '…' or '。' or '！' or '？')
            {
                return true;
            }
        }

        return false;
    }

    private static int AfterSpace(string text, int from, int to)
    {
        var start = to;
        while (start > from && !TextCleaner.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static int BeforeSpace(string text, int from, int to)
    {
        var end = from;
        while (end < to && !TextCleaner.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>One stretch of a paragraph and its evidence.</summary>
    private sealed record Stretch(int Start, int End, SpamEvidence Evidence, IReadOnlyList<string> Sites, int FirstEvidence, int OpeningWords, bool IsProse, bool EndsWithFullStop)
    {
        /// <summary>
        /// A stretch joins a run when it has evidence — unless it reads as the article's prose and its only evidence
        /// is weak words or another script, which prose has (a quote in Russian, "buy", "online").
        /// </summary>
        public bool IsCandidate => !Evidence.IsEmpty && (!IsProse || Evidence.StrongTerms > 0 || Evidence.UnreferencedSiteCount > 0);
    }
}
