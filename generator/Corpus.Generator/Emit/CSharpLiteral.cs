using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>
/// Writes any string as a UTF-8 literal (<c>"…"u8</c>) that reads back exactly: quotes, backslashes, control
/// characters, NUL, the characters the compiler takes as line breaks (U+0085, U+2028, U+2029) and invisible format
/// characters (bidi marks and overrides, which could disguise code) are escaped; every other character, emoji and
/// other scripts included, is written as itself so that generated code stays readable.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>The literal. UTF-8 cannot hold an unpaired surrogate, so one is written as U+FFFD, as UTF-8 encoders do.</summary>
    public static string Utf8(string value)
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
                        builder.Append("\\uFFFD");
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

        return builder.Append("\"u8").ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    private static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
