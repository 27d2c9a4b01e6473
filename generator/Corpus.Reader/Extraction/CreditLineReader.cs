using System;
using System.Collections.Generic;
using Corpus.Reading.Formats;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Reads the wire or agency credit that closes news copy:
/// <list type="bullet">
/// <item>a line of its own in parentheses, often in italics: <c>*(Reuters, MT)*</c>, <c>(AP)</c>, <c>(AFP/Reuters)</c> —
/// any short capitalised names, since papers credit their own desks (<c>MT</c>) this way;</item>
/// <item>a bare or dash-led agency line: <c>— Reuters</c>, <c>- AP</c>, <c>Reuters</c>, <c>ТАСС</c> — known agencies only;</item>
/// <item>a labelled one: <c>Source: Reuters</c>, <c>Via AP</c>, <c>Источник: ТАСС</c> (a source that is a web address is
/// <see cref="SourceUrlReader"/>'s);</item>
/// <item>an agency in parentheses stuck to the end of the last paragraph: <c>… the ministry said. (Reuters)</c> —
/// known agencies only, so that <c>… said the ministry (MFA)</c> stays as written.</item>
/// </list>
/// </summary>
internal static class CreditLineReader
{
    public const int MaxLength = 120;

    private const int MaxItemWords = 4;

    private static readonly string[] Labels = { "sources", "source", "via", "источники", "источник" };

    private static readonly string[] ItemSeparators = { ",", "/", ";", " & ", " and ", " и " };

    /// <summary>The credits a footer line gives, or <see langword="null"/> when it is not a credit line.</summary>
    public static IReadOnlyList<string>? Read(DocumentBlock block)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Quote or BlockKind.Html) || block.Text.Length > MaxLength)
        {
            return null;
        }

        var text = block.Text.Trim();
        if (text.Length > 2 && text[0] == '(' && text[text.Length - 1] == ')')
        {
            return Items(text.Substring(1, text.Length - 2), knownAgenciesOnly: false);
        }

        var dashLed = text.TrimStart('—', '–', '-', ' ');
        if (dashLed.Length < text.Length || text.IndexOf(' ') < 0 || NewsAgencies.IsAgency(text))
        {
            return Items(dashLed, knownAgenciesOnly: true);
        }

        foreach (var label in Labels)
        {
            if (text.Length > label.Length + 1 && text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text[label.Length] is ':' or ' ')
            {
                return Items(text.Substring(label.Length).TrimStart(':', ' '), knownAgenciesOnly: false);
            }
        }

        return Items(text, knownAgenciesOnly: true);
    }

    /// <summary>
    /// An agency credit in parentheses closing <paramref name="paragraph"/>: the credits and the paragraph without them,
    /// or <see langword="null"/>.
    /// </summary>
    public static (IReadOnlyList<string> Credits, string Remainder)? ReadTrailing(string paragraph)
    {
        var text = paragraph.TrimEnd();
        if (text.Length < 4 || text[text.Length - 1] != ')')
        {
            return null;
        }

        var open = text.LastIndexOf('(', text.Length - 1, Math.Min(text.Length, MaxLength));
        if (open <= 0 || text[open - 1] != ' ')
        {
            return null;
        }

        var credits = Items(text.Substring(open + 1, text.Length - open - 2), knownAgenciesOnly: true);
        var rest = text.Substring(0, open).TrimEnd(' ', '—', '–');
        return credits is null || rest.Length == 0 ? null : (credits, rest);
    }

    private static IReadOnlyList<string>? Items(string list, bool knownAgenciesOnly)
    {
        var items = new List<string>();
        foreach (var raw in list.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var item = raw.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            if (knownAgenciesOnly ? !NewsAgencies.IsAgency(item) : !IsCreditName(item))
            {
                return null;
            }

            items.Add(item);
        }

        return items.Count > 0 ? items : null;
    }

    /// <summary>A desk or agency name: up to four capitalised words of letters (<c>MT</c>, <c>Reuters</c>, <c>RIA Novosti</c>).</summary>
    private static bool IsCreditName(string item)
    {
        var words = item.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxItemWords || item.Length > 40)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '.' or '\'' or '’'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
