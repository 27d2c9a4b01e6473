using System;
using System.Text;
using Corpus.Reading.Model;

namespace Corpus.Reading.Text;

/// <summary>An article file's text and how its bytes became that text.</summary>
public readonly record struct DecodedText(string Text, TextEncoding Encoding);

/// <summary>
/// Decodes an article file's bytes the same way on every machine: by its byte order mark when it has one, else as
/// UTF-8, else as Windows-1252, the usual encoding of legacy Western text.
/// </summary>
/// <remarks>
/// Byte order marks are those the compiler itself recognises (UTF-8, UTF-16 little and big endian), so a file that
/// is valid Unicode reads exactly as the compiler would read it.
/// </remarks>
public static class ArticleDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Windows-1252 is ISO-8859-1 except for 0x80–0x9F, which it maps to these characters. The five bytes it leaves
    /// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code points, as Windows and browsers decode them.
    /// </summary>
    private const string Windows1252From0x80 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), TextEncoding.Utf8);
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), TextEncoding.Utf8);
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), TextEncoding.Utf8);
        }

        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), TextEncoding.Utf8);
        }
        catch (DecoderFallbackException)
        {
            return new DecodedText(DecodeWindows1252(bytes), TextEncoding.Windows1252Fallback);
        }
    }

    private static string DecodeWindows1252(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252From0x80[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
