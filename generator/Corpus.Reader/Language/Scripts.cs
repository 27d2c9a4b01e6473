using System;
using System.Globalization;

namespace Corpus.Reading.Language;

/// <summary>
/// Tells which script a letter or a run of text is written in. The language detector starts here, and junk
/// detection uses it to find a run of text in another script inside a paragraph.
/// </summary>
public static class Scripts
{
    /// <summary>The size of a table indexed by <see cref="Script"/>.</summary>
    internal const int Count = (int)Script.Other + 1;

    /// <summary>
    /// The script of one code point, or <see cref="Script.None"/> when it is not a letter. A lone surrogate is not
    /// a letter; pass whole code points (<see cref="char.ConvertToUtf32(string, int)"/>) for text beyond the BMP.
    /// </summary>
    public static Script Of(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return (uint)((codePoint | 0x20) - 'a') <= 'z' - 'a' ? Script.Latin : Script.None;
        }

        if (codePoint > 0xFFFF)
        {
            return OfSupplementary(codePoint);
        }

        if (!IsLetter(CharUnicodeInfo.GetUnicodeCategory((char)codePoint)))
        {
            return Script.None;
        }

        return codePoint switch
        {
            <= 0x02AF => Script.Latin, // Latin-1 letters, Latin Extended-A/B, IPA
            <= 0x02FF => Script.None, // modifier letters: the apostrophe U+02BC, tone and stress marks
            >= 0x0370 and <= 0x03FF => Script.Greek,
            >= 0x0400 and <= 0x052F => Script.Cyrillic,
            >= 0x0530 and <= 0x058F => Script.Armenian,
            >= 0x0590 and <= 0x05FF => Script.Hebrew,
            >= 0x0600 and <= 0x06FF => Script.Arabic,
            >= 0x0750 and <= 0x077F => Script.Arabic,
            >= 0x08A0 and <= 0x08FF => Script.Arabic,
            >= 0x0900 and <= 0x0DFF => Script.Indic,
            >= 0x0E00 and <= 0x0E7F => Script.Thai,
            >= 0x10A0 and <= 0x10FF => Script.Georgian,
            >= 0x1100 and <= 0x11FF => Script.Hangul,
            >= 0x1C80 and <= 0x1C8F => Script.Cyrillic,
            >= 0x1C90 and <= 0x1CBF => Script.Georgian,
            >= 0x1E00 and <= 0x1EFF => Script.Latin, // Latin Extended Additional: Vietnamese, Welsh
            >= 0x1F00 and <= 0x1FFF => Script.Greek, // polytonic Greek
            >= 0x2C60 and <= 0x2C7F => Script.Latin,
            >= 0x2D00 and <= 0x2D2F => Script.Georgian,
            >= 0x2DE0 and <= 0x2DFF => Script.Cyrillic,
            >= 0x3005 and <= 0x3007 => Script.Han, // the ideographic iteration mark and numeral zero
            >= 0x3040 and <= 0x30FF => Script.Kana,
            >= 0x3130 and <= 0x318F => Script.Hangul,
            >= 0x31F0 and <= 0x31FF => Script.Kana,
            >= 0x3400 and <= 0x4DBF => Script.Han,
            >= 0x4E00 and <= 0x9FFF => Script.Han,
            >= 0xA640 and <= 0xA69F => Script.Cyrillic,
            >= 0xA720 and <= 0xA7FF => Script.Latin,
            >= 0xAB30 and <= 0xAB6F => Script.Latin,
            >= 0xAC00 and <= 0xD7AF => Script.Hangul,
            >= 0xF900 and <= 0xFAFF => Script.Han,
            >= 0xFB1D and <= 0xFB4F => Script.Hebrew,
            >= 0xFB50 and <= 0xFDFF => Script.Arabic,
            >= 0xFE70 and <= 0xFEFF => Script.Arabic,
            >= 0xFF21 and <= 0xFF5A => Script.Latin, // full-width Latin, as East Asian text writes it
            >= 0xFF66 and <= 0xFF9D => Script.Kana, // half-width katakana
            >= 0xFFA0 and <= 0xFFDC => Script.Hangul, // half-width jamo
            _ => Script.Other,
        };
    }

    /// <summary>
    /// The script most letters of <paramref name="text"/> are written in, or <see cref="Script.None"/> when it has no
    /// letters. A tie goes to the script listed first in <see cref="Script"/>, so the answer never depends on order.
    /// </summary>
    public static Script Dominant(string text) => Dominant(text, 0, text.Length);

    /// <summary>The script most letters of a run of <paramref name="text"/> are written in; see <see cref="Dominant(string)"/>.</summary>
    public static Script Dominant(string text, int start, int length)
    {
        if (start < 0 || length < 0 || start > text.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        var counts = new int[Count];
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            counts[(int)Of(CodePointAt(text, ref i, end))]++;
        }

        return Largest(counts);
    }

    /// <summary>Reads the code point at <paramref name="index"/>, moving it onto the low half of a surrogate pair.</summary>
    internal static int CodePointAt(string text, ref int index, int end)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < end && char.IsLowSurrogate(text[index + 1]))
        {
            return char.ConvertToUtf32(c, text[++index]);
        }

        return c;
    }

    /// <summary>The script with the most letters in a table indexed by <see cref="Script"/>; <see cref="Script.None"/> is not counted.</summary>
    internal static Script Largest(int[] counts)
    {
        var best = Script.None;
        var bestCount = 0;
        for (var script = 1; script < counts.Length; script++)
        {
            if (counts[script] > bestCount)
            {
                best = (Script)script;
                bestCount = counts[script];
            }
        }

        return best;
    }

    private static Script OfSupplementary(int codePoint)
    {
        // CJK Unified Ideographs Extension B and beyond: rare characters, mostly names, in Chinese and Japanese text.
        if (codePoint is >= 0x20000 and <= 0x3FFFF)
        {
            return Script.Han;
        }

        // Emoji, mathematical alphanumerics and the like are symbols for this purpose, whatever their category.
        if (codePoint is >= 0x1D400 and <= 0x1FFFF || codePoint > 0x10FFFF)
        {
            return Script.None;
        }

        return IsLetter(CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0)) ? Script.Other : Script.None;
    }

    private static bool IsLetter(UnicodeCategory category) => category <= UnicodeCategory.OtherLetter;
}
