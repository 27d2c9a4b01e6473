using System;
using System.Globalization;
using System.IO;
using Corpus.Reading.Junk;
using Corpus.Reading.Text;

namespace Corpus.Reading.Model;

/// <summary>
/// The project-wide settings that change what is read from an article file, and how one file becomes an
/// <see cref="ArticleFile"/> under them. The generator and the build task that embeds the store both go through here,
/// so that they read every file the same way.
/// </summary>
/// <param name="ProjectDirectory">The directory source paths are made relative to.</param>
/// <param name="MaxLength">The longest text read as an article, in characters.</param>
/// <param name="Junk">What to do with spam and site furniture, unless an item or the article says otherwise.</param>
public sealed record ArticleSettings(string? ProjectDirectory, int MaxLength = ArticleFile.DefaultMaxLength, JunkMode Junk = JunkMode.Remove)
{
    /// <summary>Reads <c>CorpusMaxArticleLength</c>: a positive whole number of characters, else <see langword="null"/>.</summary>
    public static int? ParseMaxLength(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    /// <summary>The article file at <paramref name="fullPath"/>, read from disk.</summary>
    /// <param name="fullPath">The file's full path.</param>
    /// <param name="itemJunk">The item's <c>Junk</c> metadata, if any.</param>
    public ArticleFile ReadFile(string fullPath, string? itemJunk) =>
        File(fullPath, ReadBytes(fullPath) is { } bytes ? ArticleDecoder.Decode(bytes) : null, itemJunk);

    /// <summary>The article file at <paramref name="fullPath"/> with the text already decoded (<see langword="null"/>: unreadable).</summary>
    public ArticleFile File(string fullPath, DecodedText? decoded, string? itemJunk)
    {
        var (junk, invalidJunk) = JunkFor(itemJunk);
        return new ArticleFile(SourcePaths.Relative(fullPath, ProjectDirectory), decoded?.Text, decoded?.Encoding ?? TextEncoding.Utf8, fullPath)
        {
            MaxLength = MaxLength,
            Junk = junk,
            InvalidJunkMetadata = invalidJunk,
        };
    }

    /// <summary>The bytes of the file at <paramref name="path"/>, or <see langword="null"/> when it cannot be read.</summary>
    public static byte[]? ReadBytes(string path)
    {
        try
        {
            return System.IO.File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>The item's own junk mode, else the project's; a value that is no mode is handed on for the reader to report.</summary>
    private (JunkMode Mode, string? Invalid) JunkFor(string? itemJunk)
    {
        if (string.IsNullOrWhiteSpace(itemJunk))
        {
            return (Junk, null);
        }

        return JunkModes.TryParse(itemJunk, out var mode) ? (mode, null) : (Junk, itemJunk!.Trim());
    }
}
