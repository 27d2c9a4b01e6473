using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Reading.Language;

/// <summary>
/// The counts the language detector decides on, read in one pass over the start of a text: letters and words per
/// script, and per language the function words and telling letters found. Words are maximal runs of letters;
/// apostrophes, hyphens, digits and punctuation end them, and a combining mark continues one.
/// </summary>
internal sealed class TextSample
{
    private static readonly LanguageProfile[] Profiles = LanguageProfile.All;
    private static readonly WordTrie FunctionWords = WordTrie.Build(Profiles);
    private static readonly Dictionary<char, int> TellingLetters = BuildTellingLetters();

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

    /// <summary>Telling letters found, indexed like <see cref="LanguageProfile.All"/>.</summary>
    public int[] LetterHits { get; } = new int[Profiles.Length];

    private int TotalLetters { get; set; }

    /// <summary>Reads paragraphs in order until about <paramref name="maxLetters"/> letters are seen, finishing the last word.</summary>
    public static TextSample Read(IEnumerable<string> paragraphs, int maxLetters)
    {
        var sample = new TextSample();
        foreach (var paragraph in paragraphs)
        {
            if (sample.ReadParagraph(paragraph, maxLetters))
            {
                break;
            }
        }

        return sample;
    }

    /// <summary>Counts one paragraph; true when the sample is full.</summary>
    private bool ReadParagraph(string text, int maxLetters)
    {
        WordTrie? node = null;
        var wordScript = Script.None;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = Scripts.CodePointAt(text, ref i, text.Length);
            var script = Scripts.Of(codePoint);
            if (script == Script.None)
            {
                if (wordScript != Script.None && IsCombiningMark(codePoint))
                {
                    continue;
                }

                if (codePoint is '¿' or '¡')
                {
                    AddHits(LetterHits, TellingLetters[(char)codePoint]);
                }

                EndWord(ref wordScript, node);
                previous = '\0';
                if (TotalLetters >= maxLetters)
                {
                    return true;
                }

                continue;
            }

            TotalLetters++;
            Letters[(int)script]++;
            var letter = codePoint <= char.MaxValue ? char.ToLowerInvariant((char)codePoint) : '\0';
            if (letter >= '\u0080')
            {
                CountTellingLetter(script, letter);
            }
            else if (letter == 'j' && previous == 'i')
            {
                AddHits(LetterHits, DutchBit);
            }

            if (wordScript == Script.None)
            {
                wordScript = script;
                node = FunctionWords;
            }
            else if (script != wordScript)
            {
                node = null; // a word in two scripts (a homoglyph trick) is nobody's function word
            }

            node = letter == '\0' ? null : node?.Next(letter);
            previous = letter;
        }

        EndWord(ref wordScript, node);
        return TotalLetters >= maxLetters;
    }

    private void EndWord(ref Script wordScript, WordTrie? node)
    {
        if (wordScript == Script.None)
        {
            return;
        }

        Words[(int)wordScript]++;
        if (node is not null)
        {
            AddHits(WordHits, node.Languages);
        }

        wordScript = Script.None;
    }

    private void CountTellingLetter(Script script, char letter)
    {
        if (TellingLetters.TryGetValue(letter, out var languages))
        {
            AddHits(LetterHits, languages);
        }
        else if (IsForeign(script, letter))
        {
            ForeignLetters[(int)script]++;
        }
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

    private static bool IsCombiningMark(int codePoint) =>
        codePoint <= char.MaxValue
        && CharUnicodeInfo.GetUnicodeCategory((char)codePoint) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static Dictionary<char, int> BuildTellingLetters()
    {
        var letters = new Dictionary<char, int>();
        for (var language = 0; language < Profiles.Length; language++)
        {
            foreach (var letter in Profiles[language].Letters)
            {
                letters.TryGetValue(letter, out var languages);
                letters[letter] = languages | (1 << language);
            }
        }

        return letters;
    }
}
