using System.Collections.Generic;

namespace Corpus.Reading.Text;

/// <summary>One line of an article file, without its line break, with its 1-based number.</summary>
public readonly record struct SourceLine(int Number, string Text)
{
    public bool IsBlank => TextCleaner.IsBlank(Text);
}

/// <summary>Splits text into lines at every line break a file can hold: CRLF, LF, CR, NEL, U+2028 and U+2029.</summary>
public static class LineSplitter
{
    /// <summary>The line breaks, looked for all at once rather than character by character.</summary>
    private static readonly char[] LineBreaks = ['\n', '\r', '\u0085', '\u2028', '\u2029'];

    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var number = 1;
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = text.IndexOfAny(LineBreaks, start))
        {
            lines.Add(new SourceLine(number++, text.Substring(start, i - start)));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        lines.Add(new SourceLine(number, text.Substring(start)));
        return lines;
    }
}
