using System;
using System.Collections.Generic;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Formats;
using Corpus.Reading.Model;
using Corpus.Reading.Text;

namespace Corpus.Reading.Junk;

/// <summary>
/// Decides the junk mode for one article: its front matter's <c>corpus_junk</c> key if set, else what the file was
/// handed with (the item's <c>Junk</c> metadata or the project's <c>CorpusJunk</c>). A value that is no mode is
/// reported (CORPUS012) where it was written, and the next setting down is used.
/// </summary>
public static class JunkSettings
{
    public static JunkMode Resolve(ArticleFile file, FrontMatter? frontMatter, List<ReaderDiagnostic> diagnostics)
    {
        if (file.InvalidJunkMetadata is { } invalid)
        {
            diagnostics.Add(ReaderDiagnostic.InFile(DiagnosticKind.InvalidSetting, file.DiagnosticPath, JunkModes.MetadataName, invalid, "'" + file.Junk + "'"));
        }

        if (frontMatter is null || FindKey(frontMatter) is not { } setting)
        {
            return file.Junk;
        }

        if (JunkModes.TryParse(setting.Value, out var mode))
        {
            return mode;
        }

        diagnostics.Add(ReaderDiagnostic.At(DiagnosticKind.InvalidSetting, file.DiagnosticPath, new TextPosition(setting.Line, 1, JunkModes.FrontMatterKey.Length), JunkModes.FrontMatterKey, setting.Value, "'" + file.Junk + "'"));
        return file.Junk;
    }

    /// <summary>
    /// The value of a top-level <c>corpus_junk:</c> line and its file line. Read from the raw lines rather than a YAML
    /// parse because it is one flat key, and a comment after the value is dropped as YAML would.
    /// </summary>
    private static (string Value, int Line)? FindKey(FrontMatter frontMatter)
    {
        foreach (var line in LineSplitter.Split(frontMatter.Yaml))
        {
            var text = line.Text;
            if (!text.StartsWith(JunkModes.FrontMatterKey, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = text.Substring(JunkModes.FrontMatterKey.Length).TrimStart();
            if (rest.Length == 0 || rest[0] != ':')
            {
                continue;
            }

            var value = rest.Substring(1);
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            return ((comment >= 0 ? value.Substring(0, comment) : value).Trim(), frontMatter.FirstYamlLine + line.Number - 1);
        }

        return null;
    }
}
