using System.Text;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reader.Tests.Junk;

/// <summary>A piece of junk as labelled in a case file: its kind, the line it is on, and its text.</summary>
internal sealed record LabelledJunk(RemovedKind Kind, int Line, string Text);

/// <summary>
/// One article of the junk evaluation set: the article text with the labels taken out, and the labels. A case file
/// opens with <c>%%</c> lines describing it; <c>[[spam]]…[[/spam]]</c> surrounds an injected run (on one line), and
/// <c>[[boilerplate]]</c> opens each line that is one block of site furniture.
/// </summary>
internal sealed record LabelledCase(string Name, string Description, string Text, IReadOnlyList<LabelledJunk> Junk)
{
    private const string Comment = "%%";
    private const string BoilerplateLabel = "[[boilerplate]]";
    private const string SpamOpen = "[[spam]]";
    private const string SpamClose = "[[/spam]]";

    public static IReadOnlyList<LabelledCase> All { get; } = Directory
        .EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Junk", "Cases"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(path => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
        .ToList();

    public static LabelledCase Parse(string name, string file)
    {
        var description = new StringBuilder();
        var text = new StringBuilder();
        var junk = new List<LabelledJunk>();
        var line = 0;
        foreach (var raw in file.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line == 0 && raw.StartsWith(Comment, StringComparison.Ordinal))
            {
                description.Append(raw.AsSpan(Comment.Length).Trim()).Append(' ');
                continue;
            }

            line++;
            var content = raw;
            if (content.StartsWith(BoilerplateLabel, StringComparison.Ordinal))
            {
                content = content.Substring(BoilerplateLabel.Length);
                junk.Add(new LabelledJunk(RemovedKind.Boilerplate, line, content));
            }

            for (var open = content.IndexOf(SpamOpen, StringComparison.Ordinal); open >= 0; open = content.IndexOf(SpamOpen, StringComparison.Ordinal))
            {
                var close = content.IndexOf(SpamClose, open, StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new FormatException($"{name}: line {line} opens a spam label it does not close.");
                }

                junk.Add(new LabelledJunk(RemovedKind.Spam, line, content.Substring(open + SpamOpen.Length, close - open - SpamOpen.Length)));
                content = content.Remove(close, SpamClose.Length).Remove(open, SpamOpen.Length);
            }

            text.Append(content).Append('\n');
        }

        return new LabelledCase(name, description.ToString().Trim(), text.ToString(), junk);
    }

    /// <summary>
    /// The words of a text, lower-cased: what a removed run and a label are compared by. A Markdown link's address
    /// is dropped (<c>[text](url)</c> counts as <c>text</c>), as the reader renders it.
    /// </summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in TextCleaner.Clean(WithoutLinkTargets(text)))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string WithoutLinkTargets(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ']' && i + 1 < text.Length && text[i + 1] == '(')
            {
                var close = text.IndexOf(')', i + 2);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
