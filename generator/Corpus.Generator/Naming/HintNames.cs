using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Generator.Naming;

/// <summary>
/// Makes the ASCII stems of generated file names. Latin letters lose their accents, Cyrillic is transliterated (so a
/// Russian corpus still shows readable file names), and anything else is written as <c>uXXXX</c>.
/// </summary>
internal static class HintNames
{
    private static readonly Dictionary<char, string> Cyrillic = BuildCyrillic();

    public static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (c < 128)
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                // An accent: the letter it sat on is already written.
            }
            else if (Cyrillic.TryGetValue(char.ToLowerInvariant(c), out var latin))
            {
                builder.Append(char.IsUpper(c) && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin.Substring(1) : latin);
            }
            else
            {
                builder.Append('u').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    // Russian, Ukrainian and Belarusian letters, in a plain scholarly-style romanisation. Decomposed forms are
    // covered by their base letters: й is и + breve, ё is е + diaeresis, ї is і + diaeresis.
    private static Dictionary<char, string> BuildCyrillic()
    {
        const string letters = "абвгдежзийклмнопрстуфхцчшщъыьэюяєіїґўё";
        string[] latin = ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "ye", "i", "yi", "g", "w", "e"];
        var map = new Dictionary<char, string>();
        for (var i = 0; i < letters.Length; i++)
        {
            map[letters[i]] = latin[i];
        }

        return map;
    }
}
