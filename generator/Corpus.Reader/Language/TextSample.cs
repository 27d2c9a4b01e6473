using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Reading.Text;

namespace Corpus.Reading.Language;

/// <summary>
/// The counts the language detector decides on, read in one pass over the start of a text: letters and words per
/// script, and per language the function words, telling letters and word endings found. Words are maximal runs of letters;
/// apostrophes, hyphens, digits and punctuation end them, and a combining mark continues one. Web and mail
/// addresses are skipped whole.
/// </summary>
internal sealed class TextSample
{
    /// <summary>A longer run is read as text, so that a huge file without spaces is not scanned to its end.</summary>
    private const int MaxAddressLength = 2048;

    private static readonly LanguageProfile[] Profiles = LanguageProfile.All;
    private static readonly WordTrie FunctionWords = WordTrie.Build(Profiles);
    /// <summary>The languages (bits indexed like <see cref="LanguageProfile.All"/>) each letter tells of, indexed by the letter; looked up for every letter outside ASCII.</summary>
    private static readonly int[] TellingLetters = BuildTellingLetters();
    private static readonly Dictionary<ulong, int> TellingEndings = BuildTellingEndings();

    /// <summary>True at the letters some telling ending ends with: a word ending otherwise is looked up no further.</summary>
    private static readonly bool[] EndingLastLetters = BuildEndingLastLetters();

    // Dutch writes the digraph "ij" where its neighbours never do (zijn, wij, tijdens); it is Dutch's telling letter.
    private static readonly int DutchBit = 1 << Array.FindIndex(Profiles, p => p.Code == "nl");

    private TextSample()
    {
    }

    /// <summary>Letters per script, indexed by <see cref="Script"/>.</summary>
    public int[] Letters { get; } = new int[Scripts.Count];

    /// <summary>Words per script (the script of the word's first letter), indexed by <see cref="Script"/>.</summary>
    public int[] Words { get; } = new int[Scripts.Count];

    /// <summary>
    /// Latin and Cyrillic letters that none of the known languages uses (Czech ř, Turkish ı, Serbian ј…), indexed
    /// by <see cref="Script"/>: a sign the text is in a language the detector does not know.
    /// </summary>
    public int[] ForeignLetters { get; } = new int[Scripts.Count];

    /// <summary>Function words found, indexed like <see cref="LanguageProfile.All"/>.</summary>
    public int[] WordHits { get; } = new int[Profiles.Length];

    /// <summary>Telling letters and word endings found, indexed like <see cref="LanguageProfile.All"/>.</summary>
    public int[] LetterHits { get; } = new int[Profiles.Length];

    private int _totalLetters;

    /// <summary>Reads paragraphs in order until about <paramref name="maxLetters"/> letters are seen, finishing the last word.</summary>
    /// <param name="paragraphs">The text, paragraph by paragraph.</param>
    /// <param name="maxLetters">How many letters to read at most (the last word is finished).</param>
    /// <param name="memo">
    /// Paragraphs already counted, taken from there instead of read again; those read whole are added to it. The sample
    /// is the same with or without one.
    /// </param>
    public static TextSample Read(IEnumerable<string> paragraphs, int maxLetters, SampleMemo? memo = null)
    {
        var sample = new TextSample();
        foreach (var paragraph in paragraphs)
        {
            if (memo is null)
            {
                if (sample.ReadParagraph(paragraph, maxLetters))
                {
                    break;
                }

                continue;
            }

            // A paragraph's counts do not depend on what came before it: words end where paragraphs do. Only the
            // paragraph in which the sample fills up is cut short, and it is read again, from where the sample stands.
            if (memo.TryGet(paragraph, out var counted) && sample._totalLetters + counted._totalLetters < maxLetters)
            {
                sample.Add(counted);
                continue;
            }

            var part = new TextSample();
            var full = part.ReadParagraph(paragraph, maxLetters - sample._totalLetters);
            sample.Add(part);
            if (full)
            {
                break;
            }

            memo.Remember(paragraph, part);
        }

        return sample;
    }

    private void Add(TextSample other)
    {
        _totalLetters += other._totalLetters;
        AddAll(Letters, other.Letters);
        AddAll(Words, other.Words);
        AddAll(ForeignLetters, other.ForeignLetters);
        AddAll(WordHits, other.WordHits);
        AddAll(LetterHits, other.LetterHits);
    }

    private static void AddAll(int[] counts, int[] more)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += more[i];
        }
    }

    /// <summary>Counts one paragraph; true when the sample is full.</summary>
    private bool ReadParagraph(string text, int maxLetters)
    {
        var word = default(WordState);
        var mayHoldAddress = MayHoldAddress(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (mayHoldAddress && (i == 0 || TextCleaner.IsWhiteSpace(text[i - 1])) && IsAddress(text, i, out var end))
            {
                EndWord(ref word);
                i = end - 1;
                continue;
            }

            // ASCII, most of nearly every text, needs neither the script table nor the lower-case one.
            int codePoint = text[i];
            Script script;
            if (codePoint < 0x80)
            {
                script = (uint)((codePoint | 0x20) - 'a') <= 'z' - 'a' ? Script.Latin : Script.None;
            }
            else
            {
                codePoint = Scripts.CodePointAt(text, ref i, text.Length);
                script = Scripts.Of(codePoint);
            }
            if (script == Script.None)
            {
                if (word.Script != Script.None && IsCombiningMark(codePoint))
                {
                    continue;
                }

                if (codePoint is '¿' or '¡')
                {
                    AddHits(LetterHits, TellingLettersOf((char)codePoint));
                }

                EndWord(ref word);
                if (_totalLetters >= maxLetters)
                {
                    return true;
                }

                continue;
            }

            _totalLetters++;
            Letters[(int)script]++;
            var letter = codePoint < 0x80 ? (char)(codePoint | 0x20) : codePoint <= char.MaxValue ? LetterCase.ToLowerInvariant((char)codePoint) : '\0';
            if (letter >= '\u0080')
            {
                CountTellingLetter(script, letter);
            }
            else if (letter == 'j' && (word.Ending & 0xFFFF) == 'i')
            {
                AddHits(LetterHits, DutchBit);
            }

            word.Add(script, letter);
        }

        EndWord(ref word);
        return _totalLetters >= maxLetters;
    }

    /// <summary>Counts the word just read, if any: between words, for most characters that are no letter, nothing is done.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void EndWord(ref WordState word)
    {
        if (word.Script != Script.None)
        {
            CountWord(ref word);
        }
    }

    private void CountWord(ref WordState word)
    {
        Words[(int)word.Script]++;
        if (word.Node is not null)
        {
            AddHits(WordHits, word.Node.Languages);
        }

        var last = (char)word.Ending;
        var mayEndTellingly = last < EndingLastLetters.Length && EndingLastLetters[last];
        for (var length = 2; mayEndTellingly && length <= LanguageProfile.MaxEndingLength && word.IsTrueWord && word.Length >= length + 2; length++)
        {
            if (TellingEndings.TryGetValue(EndingKey(word.Ending, length), out var languages))
            {
                AddHits(LetterHits, languages);
            }
        }

        word = default;
    }

    /// <summary>The last letters of a word, packed 16 bits each, with their count above them.</summary>
    private static ulong EndingKey(ulong letters, int length) =>
        ((ulong)length << 48) | (letters & ((1UL << (16 * length)) - 1));

    private void CountTellingLetter(Script script, char letter)
    {
        if (TellingLettersOf(letter) is var languages and not 0)
        {
            AddHits(LetterHits, languages);
        }
        else if (IsForeign(script, letter))
        {
            ForeignLetters[(int)script]++;
        }
    }

    /// <summary>
    /// False when no run of <paramref name="text"/> can be an address (<see cref="IsAddress"/>): most paragraphs hold
    /// no <c>@</c>, <c>://</c> or <c>www.</c>, and then none of their runs is read twice.
    /// </summary>
    private static bool MayHoldAddress(string text) =>
        text.IndexOf('@') >= 0 || text.IndexOf("://", StringComparison.Ordinal) >= 0 || text.IndexOf("www.", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// True when the run of non-space characters at <paramref name="start"/> is a web or mail address: its letters
    /// (<c>https example com</c>) are no language's words, and counting them would let a bare link look like text.
    /// </summary>
    private static bool IsAddress(string text, int start, out int end)
    {
        var isAddress = string.CompareOrdinal(text, start, "www.", 0, 4) == 0;
        end = start;
        while (end < text.Length && !TextCleaner.IsWhiteSpace(text[end]) && end - start < MaxAddressLength)
        {
            isAddress |= text[end] == '@' || (text[end] == ':' && string.CompareOrdinal(text, end, "://", 0, 3) == 0);
            end++;
        }

        return isAddress;
    }

    /// <summary>
    /// A Latin letter with a diacritic, or a Cyrillic letter outside the Russian, Ukrainian and Bulgarian alphabets,
    /// that no known language claims. Letters of other blocks (IPA, full-width forms) are not held against anyone.
    /// </summary>
    private static bool IsForeign(Script script, char letter) => script switch
    {
        Script.Latin => letter is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF',
        Script.Cyrillic => letter is not (>= 'а' and <= 'я'),
        _ => false,
    };

    private static void AddHits(int[] hits, int languages)
    {
        for (var language = 0; languages != 0; language++, languages >>= 1)
        {
            hits[language] += languages & 1;
        }
    }

    /// <summary>No character below U+0300, where the combining diacritical marks begin, is one.</summary>
    private static bool IsCombiningMark(int codePoint) =>
        codePoint is >= 0x300 and <= char.MaxValue
        && CharUnicodeInfo.GetUnicodeCategory((char)codePoint) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static Dictionary<ulong, int> BuildTellingEndings()
    {
        var endings = new Dictionary<ulong, int>();
        for (var language = 0; language < Profiles.Length; language++)
        {
            foreach (var ending in Profiles[language].Endings)
            {
                var letters = 0UL;
                foreach (var letter in ending)
                {
                    letters = (letters << 16) | letter;
                }

                var key = EndingKey(letters, ending.Length);
                endings.TryGetValue(key, out var languages);
                endings[key] = languages | (1 << language);
            }
        }

        return endings;
    }

    private static int TellingLettersOf(char letter) => letter < TellingLetters.Length ? TellingLetters[letter] : 0;

    private static int[] BuildTellingLetters()
    {
        var letters = new int[Profiles.SelectMany(p => p.Letters).Max(l => (int)l) + 1];
        for (var language = 0; language < Profiles.Length; language++)
        {
            foreach (var letter in Profiles[language].Letters)
            {
                letters[letter] |= 1 << language;
            }
        }

        return letters;
    }

    private static bool[] BuildEndingLastLetters()
    {
        var endings = Profiles.SelectMany(p => p.Endings).ToList();
        var last = new bool[endings.Count == 0 ? 0 : endings.Max(e => (int)e[e.Length - 1]) + 1];
        foreach (var ending in endings)
        {
            last[ending[ending.Length - 1]] = true;
        }

        return last;
    }

    /// <summary>The word being read: its script, where it is in the function-word trie, and its last letters.</summary>
    private struct WordState
    {
        /// <summary>The script of the first letter; <see cref="Script.None"/> between words.</summary>
        public Script Script;

        /// <summary>The trie node of the letters so far; null once they are no function word.</summary>
        public WordTrie? Node;

        /// <summary>The last <see cref="LanguageProfile.MaxEndingLength"/> letters, 16 bits each, the last lowest.</summary>
        public ulong Ending;

        public int Length;

        /// <summary>False for a word in two scripts (a homoglyph trick) or with letters beyond the BMP: nobody's word.</summary>
        public bool IsTrueWord;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Add(Script script, char letter)
        {
            if (Script == Script.None)
            {
                Script = script;
                Node = FunctionWords;
                IsTrueWord = true;
            }

            IsTrueWord &= script == Script && letter != '\0';
            Node = IsTrueWord ? Node?.Next(letter) : null;
            Ending = ((Ending << 16) | letter) & ((1UL << (16 * LanguageProfile.MaxEndingLength)) - 1);
            Length++;
        }
    }
}
