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
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsLineBreak(c))
            {
                continue;
            }

            lines.Add(new SourceLine(number++, text.Substring(start, i - start)));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        lines.Add(new SourceLine(number, text.Substring(start)));
        return lines;
    }

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
