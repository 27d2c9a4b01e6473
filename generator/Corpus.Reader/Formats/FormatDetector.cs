using System.Collections.Generic;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reading.Formats;

/// <summary>
/// Tells Markdown from plain text by content, never by file name: <c>.txt</c> files often hold Markdown.
/// </summary>
/// <remarks>
/// Markdown is chosen on one strong sign — the first line is an ATX heading (<c># Title</c>), the first line is
/// underlined as a setext heading (<c>===</c>), or the file opens with YAML front matter — or on two different weak
/// signs anywhere: an inline link or image (<c>[text](url)</c>), an autolink (<c>&lt;https://…&gt;</c>), strong emphasis
/// (<c>**bold**</c>), a deeper heading (<c>## …</c>) or a code fence. Plain lists and dashes are no sign: plain text
/// scraped from web pages is full of them. Reading plain text as Markdown would merge its one-line paragraphs, so
/// doubt falls on the side of plain text.
/// </remarks>
public static class FormatDetector
{
    public static SourceFormat Detect(IReadOnlyList<SourceLine> lines, bool hasFrontMatter)
    {
        if (hasFrontMatter)
        {
            return SourceFormat.Markdown;
        }

        var first = FirstNonBlank(lines);
        if (first < 0)
        {
            return SourceFormat.PlainText;
        }

        if (IsAtxHeading(lines[first].Text) || (first + 1 < lines.Count && IsSetextUnderline(lines[first + 1].Text)))
        {
            return SourceFormat.Markdown;
        }

        var signs = WeakSign.None;
        foreach (var line in lines)
        {
            signs |= WeakSigns(line.Text);
        }

        return CountBits((int)signs) >= 2 ? SourceFormat.Markdown : SourceFormat.PlainText;
    }

    private static int FirstNonBlank(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    internal static bool IsAtxHeading(string line)
    {
        var text = line.TrimStart(' ');
        if (line.Length - text.Length > 3)
        {
            return false;
        }

        var hashes = 0;
        while (hashes < text.Length && text[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && hashes < text.Length && text[hashes] is ' ' or '\t' && !TextCleaner.IsBlank(text.Substring(hashes));
    }

    private static bool IsSetextUnderline(string line)
    {
        var text = line.Trim();
        return text.Length >= 3 && text.Trim('=').Length == 0;
    }

    [System.Flags]
    private enum WeakSign
    {
        None = 0,
        InlineLink = 1,
        Autolink = 2,
        Strong = 4,
        SubHeading = 8,
        CodeFence = 16,
    }

    private static WeakSign WeakSigns(string line)
    {
        var signs = WeakSign.None;
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("```", System.StringComparison.Ordinal) || trimmed.StartsWith("~~~", System.StringComparison.Ordinal))
        {
            signs |= WeakSign.CodeFence;
        }

        if (trimmed.StartsWith("##", System.StringComparison.Ordinal) && IsAtxHeading(trimmed))
        {
            signs |= WeakSign.SubHeading;
        }

        if (line.IndexOf("](", System.StringComparison.Ordinal) is var link and > 0 && line.LastIndexOf('[', link) >= 0 && line.IndexOf(')', link) > link)
        {
            signs |= WeakSign.InlineLink;
        }

        if (line.IndexOf("<http", System.StringComparison.OrdinalIgnoreCase) is var auto and >= 0 && line.IndexOf('>', auto) > auto)
        {
            signs |= WeakSign.Autolink;
        }

        if (HasStrongEmphasis(line))
        {
            signs |= WeakSign.Strong;
        }

        return signs;
    }

    private static bool HasStrongEmphasis(string line)
    {
        var open = line.IndexOf("**", System.StringComparison.Ordinal);
        if (open < 0 || open + 2 >= line.Length || char.IsWhiteSpace(line[open + 2]))
        {
            return false;
        }

        var close = line.IndexOf("**", open + 3, System.StringComparison.Ordinal);
        return close > open + 2 && !char.IsWhiteSpace(line[close - 1]);
    }

    private static int CountBits(int value)
    {
        var count = 0;
        for (; value != 0; value &= value - 1)
        {
            count++;
        }

        return count;
    }
}
