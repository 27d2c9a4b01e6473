using System;
using System.Globalization;
using System.IO;
using Corpus.Reading.Junk;
using Corpus.Reading.Storage;
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
    /// <summary>
    /// The settings from the project's MSBuild properties: <c>CorpusMaxArticleLength</c>, <c>CorpusJunk</c>, and the
    /// directory from <c>CorpusProjectDirectory</c>, <c>ProjectDir</c> or <c>MSBuildProjectDirectory</c>, the first set.
    /// A blank property is unset and a value is trimmed; an invalid value gives the default and is handed to
    /// <paramref name="invalid"/> with what is used instead. The generator and the build task both read them here.
    /// </summary>
    /// <param name="property">A property's value by name, or <see langword="null"/> when it is not set.</param>
    /// <param name="invalid">Told of each invalid value: the property's name, its value, and (in words) what is used.</param>
    public static ArticleSettings FromProperties(Func<string, string?> property, Action<string, string, string>? invalid = null)
    {
        string? Value(string name) => property(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var maxLength = ArticleFile.DefaultMaxLength;
        if (Value("CorpusMaxArticleLength") is { } length)
        {
            if (ParseMaxLength(length) is { } parsed)
            {
                maxLength = parsed;
            }
            else
            {
                invalid?.Invoke("CorpusMaxArticleLength", length, maxLength.ToString(CultureInfo.InvariantCulture));
            }
        }

        var junk = JunkMode.Remove;
        if (Value(JunkModes.PropertyName) is { } requestedJunk && !JunkModes.TryParse(requestedJunk, out junk))
        {
            junk = JunkMode.Remove;
            invalid?.Invoke(JunkModes.PropertyName, requestedJunk, "'" + junk + "'");
        }

        var directory = Value("CorpusProjectDirectory") ?? Value("ProjectDir") ?? Value("MSBuildProjectDirectory");
        return new ArticleSettings(directory, maxLength, junk);
    }

    /// <summary>
    /// Whether a flag is set: <c>true</c>, trimmed, in any case. The store writer picks article files by their
    /// <c>CorpusArticle</c> metadata with it, and the generator reads the package's design-time setting with it.
    /// </summary>
    public static bool IsSet(string? metadata) => string.Equals(metadata?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <c>CorpusMaxArticleLength</c>: a positive whole number of characters, else <see langword="null"/>.</summary>
    public static int? ParseMaxLength(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    /// <summary>The article file at <paramref name="fullPath"/>, read from disk.</summary>
    /// <param name="fullPath">The file's full path.</param>
    /// <param name="itemJunk">The item's <c>Junk</c> metadata, if any.</param>
    public ArticleFile ReadFile(string fullPath, string? itemJunk) =>
        ReadBytes(fullPath) is { } bytes ? FileOfBytes(fullPath, bytes, itemJunk) : File(fullPath, null, itemJunk);

    /// <summary>The article file at <paramref name="fullPath"/>, whose <paramref name="bytes"/> were read from disk.</summary>
    public ArticleFile FileOfBytes(string fullPath, byte[] bytes, string? itemJunk) =>
        File(fullPath, ArticleDecoder.Decode(bytes), itemJunk) with { ContentHash = StoreHash.Of(bytes) };

    /// <summary>
    /// The article file at <paramref name="fullPath"/> as far as its fingerprint needs: its settings and the hash of its
    /// <paramref name="bytes"/>, not decoded (<see cref="ArticleFile.Text"/> is <see langword="null"/>; not for reading).
    /// </summary>
    public ArticleFile FileForFingerprint(string fullPath, byte[] bytes, string? itemJunk) =>
        File(fullPath, null, itemJunk) with { ContentHash = StoreHash.Of(bytes) };

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
