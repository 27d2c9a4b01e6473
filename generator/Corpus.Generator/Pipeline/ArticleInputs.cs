using System;
using System.Text;
using System.IO;
using System.Threading;
using Corpus.Reading.Junk;
using Corpus.Reading.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// The pipeline's first step: picks the additional files the package's targets marked as articles
/// (<c>build_metadata.AdditionalFiles.CorpusArticle = true</c>) and turns each into an <see cref="ArticleFile"/>,
/// a value with no Roslyn type left in it.
/// </summary>
internal static class ArticleInputs
{
    public const string ArticleMetadata = "build_metadata.AdditionalFiles.CorpusArticle";

    /// <summary>The per-article junk mode: <c>&lt;CorpusArticle Include="a.txt" Junk="Keep" /&gt;</c>.</summary>
    public const string JunkMetadata = "build_metadata.AdditionalFiles." + JunkModes.MetadataName;

    public static bool IsArticle(AdditionalText text, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(text).TryGetValue(ArticleMetadata, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static ArticleFile? ToFile((AdditionalText Text, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
    {
        if (!IsArticle(input.Text, input.Options))
        {
            return null;
        }

        var options = CorpusOptions.From(input.Options.GlobalOptions);
        var path = SourcePaths.Relative(input.Text.Path, options.ProjectDirectory);
        var source = ReadText(input.Text, cancellationToken);
        var encoding = source is null || IsUnicode(source.Encoding) ? TextEncoding.Utf8 : TextEncoding.Windows1252Fallback;
        var (junk, invalidJunk) = JunkFor(input.Options.GetOptions(input.Text), options.Junk);
        return new ArticleFile(path, source?.ToString(), encoding, input.Text.Path)
        {
            MaxLength = options.MaxArticleLength,
            Junk = junk,
            InvalidJunkMetadata = invalidJunk,
        };
    }

    /// <summary>The item's own junk mode, else the project's; a value that is no mode is handed on for the reader to report.</summary>
    private static (JunkMode Mode, string? Invalid) JunkFor(AnalyzerConfigOptions itemOptions, JunkMode projectMode)
    {
        if (!itemOptions.TryGetValue(JunkMetadata, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return (projectMode, null);
        }

        return JunkModes.TryParse(value, out var mode) ? (mode, null) : (projectMode, value.Trim());
    }

    /// <summary>The file's text, or <see langword="null"/> when it cannot be read; the reader reports which.</summary>
    private static SourceText? ReadText(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            return text.GetText(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The compiler decodes an additional file as UTF-8 (or as UTF-16/32 when it has a byte order mark) and, when
    /// the bytes are not valid UTF-8, falls back to Windows-1252; the encoding it reports says which happened.
    /// </summary>
    private static bool IsUnicode(Encoding? encoding) => encoding is null or UTF8Encoding or UnicodeEncoding or UTF32Encoding;
}
