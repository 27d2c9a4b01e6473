using System;
using Corpus.Reading.Language;

namespace Corpus.Reading.Junk;

/// <summary>
/// The language detector's function words (<c>the of and</c>, <c>и в что</c>…), looked up by word, as a measure of
/// whether a stretch of text is running prose in a language: prose is a quarter or more function words, while
/// navigation labels, keyword lists and spam anchors have next to none (the "stopword density" of jusText).
/// </summary>
internal static class FunctionWords
{
    private static readonly LanguageProfile[] Profiles = LanguageProfile.All;
    private static readonly WordTable<int> Languages = Build();

    /// <summary>The languages (bits indexed like the detector's profiles) whose function word <paramref name="word"/> (lower-cased) is.</summary>
    public static int LanguagesOf(ReadOnlySpan<char> word) => Languages.TryGetValue(word, out var languages) ? languages : 0;

    /// <summary>
    /// The languages to count function words of: the article's language when known, else every known language of
    /// its main script; 0 when no known language uses the script (then prose cannot be told this way).
    /// </summary>
    public static int MaskFor(string? language, Script script)
    {
        var mask = 0;
        for (var i = 0; i < Profiles.Length; i++)
        {
            if (language is not null && Profiles[i].Code == language)
            {
                return 1 << i;
            }

            if (Profiles[i].Script == script)
            {
                mask |= 1 << i;
            }
        }

        return mask;
    }

    private static WordTable<int> Build()
    {
        var words = new WordTable<int>(1024);
        for (var i = 0; i < Profiles.Length; i++)
        {
            foreach (var word in Profiles[i].Words)
            {
                words.TryGetValue(word.AsSpan(), out var languages);
                words.Set(word, languages | (1 << i));
            }
        }

        return words;
    }
}
