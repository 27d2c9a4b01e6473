using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>
/// Writes any string as a C# literal that reads back exactly: quotes, backslashes, control characters, NUL, the
/// characters the compiler takes as line breaks (U+0085, U+2028, U+2029), invisible format characters (bidi marks
/// and overrides, which could disguise code) and unpaired surrogates are escaped; every other character, emoji and
/// other scripts included, is written as itself so that generated code stays readable.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string value) => Quote(value, utf8: false);

    /// <summary>
    /// A UTF-8 literal (<c>"…"u8</c>). UTF-8 cannot hold an unpaired surrogate, so one is written as U+FFFD; the reader
    /// never produces one.
    /// </summary>
    public static string Utf8(string value) => Quote(value, utf8: true) + "u8";

    public static string Nullable(string? value) => value is null ? "null" : String(value);

    private static string Quote(string value, bool utf8)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append(utf8 ? "\\uFFFD" : Escape(c));
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append(Escape(c));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    private static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
