using System.Collections.Generic;
using System.Text;
using Corpus.Reading.Text;

namespace Corpus.Reading.Formats;

/// <summary>
/// A YAML front-matter block: a first line of <c>---</c>, YAML, and a closing <c>---</c> or <c>...</c> line.
/// </summary>
/// <param name="Yaml">The YAML between the fences.</param>
/// <param name="FirstYamlLine">The file line (1-based) the YAML starts on, so that YAML errors can be located in the file.</param>
/// <param name="Body">The file with the front matter replaced by empty lines: every line keeps its number.</param>
public sealed record FrontMatter(string Yaml, int FirstYamlLine, string Body)
{
    /// <summary>Splits front matter off the start of <paramref name="text"/>, or returns <see langword="null"/> when there is none.</summary>
    public static FrontMatter? Split(string text) => Split(LineSplitter.Split(text));

    /// <summary>Splits front matter off the start of a file already split into <paramref name="lines"/>.</summary>
    public static FrontMatter? Split(List<SourceLine> lines)
    {
        var first = 0;
        while (first < lines.Count && lines[first].IsBlank)
        {
            first++;
        }

        if (first >= lines.Count || lines[first].Text.TrimEnd() != "---")
        {
            return null;
        }

        for (var close = first + 1; close < lines.Count; close++)
        {
            var fence = lines[close].Text.TrimEnd();
            if (fence is "---" or "...")
            {
                return new FrontMatter(Join(lines, first + 1, close), lines[first].Number + 1, Blank(lines, close));
            }
        }

        return null;
    }

    private static string Join(List<SourceLine> lines, int from, int to)
    {
        var builder = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            builder.Append(lines[i].Text).Append('\n');
        }

        return builder.ToString();
    }

    private static string Blank(List<SourceLine> lines, int lastFrontMatterLine)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            if (i > lastFrontMatterLine)
            {
                builder.Append(lines[i].Text);
            }
        }

        return builder.ToString();
    }
}
