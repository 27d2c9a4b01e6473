using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Storage;

namespace Corpus.StoreWriting;

/// <summary>
/// Reads the project's article files with the generator's reader and writes the store the assembly embeds as
/// <c>Corpus.Store</c>, and its manifest: what the reader made of every file, which the generator takes instead of
/// reading an unchanged file again, and checks the store against. A file unchanged since the last store is taken from
/// it, not read again. Both files are written only when their content changes. A file that cannot be read as an
/// article is left out of the store and reported by the generator, never here.
/// </summary>
internal static class StoreJob
{
    /// <summary>The error a store too large for an assembly is reported with.</summary>
    public const string TooLargeCode = "CORPUS024";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Carries out <paramref name="request"/>, telling <paramref name="output"/> what it did in the task's protocol (<see cref="Report"/>).</summary>
    /// <returns>Whether the store and manifest are written and current.</returns>
    public static bool Run(StoreRequest request, TextWriter output, CancellationToken cancellationToken = default)
    {
        var settings = ReaderSettings.From(request.CorpusProjectDirectory, request.ProjectDir, request.MSBuildProjectDirectory, request.CorpusMaxArticleLength, request.CorpusJunk);
        var items = new List<ArticleItem>();
        foreach (var (fullPath, corpusArticle, junk) in request.Files)
        {
            if (ArticleItem.IsArticle(corpusArticle))
            {
                items.Add(new ArticleItem(fullPath, junk));
            }
        }

        var files = StoreEntries.Read(items, settings, Previous(request, output), cancellationToken);
        var entries = ArticleDigest.Entries(files);
        var size = StoreWriter.Size(entries);
        if (size > StoreLayout.MaxLength)
        {
            Report.Error(output, TooLargeCode, string.Format(
                CultureInfo.InvariantCulture,
                "The {0} articles make a store of {1:N0} bytes, more than the {2:N0} bytes one assembly can hold; split the articles over several class-library projects.",
                entries.Count,
                size,
                StoreLayout.MaxLength));
            return false;
        }

        var count = entries.Count;
        var manifest = Utf8.GetBytes(StoreManifest.Write(files));

        // From here on only the store's bytes are kept, not the records they were copied from.
        var store = StoreWriter.Write(entries);

        bool storeWritten, manifestWritten;
        try
        {
            storeWritten = FileContent.WriteIfChanged(request.StoreFile, store);
            manifestWritten = FileContent.WriteIfChanged(request.ManifestFile, manifest);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Report.Error(output, null, $"Corpus: the article store could not be written to '{request.StoreFile}': {exception.Message}");
            return false;
        }

        Report.Message(output, string.Format(
            CultureInfo.InvariantCulture,
            "Corpus: {0} of {1} article files in a store of {2:N0} bytes: {3}.",
            count,
            items.Count,
            store.Length,
            storeWritten || manifestWritten ? "written to " + request.StoreFile : "unchanged, not written"));
        return true;
    }

    /// <summary>The store and manifest written last time, if both can be read; otherwise every file is read.</summary>
    private static PreviousStore? Previous(StoreRequest request, TextWriter output)
    {
        try
        {
            return File.Exists(request.ManifestFile) && File.Exists(request.StoreFile)
                ? PreviousStore.Load(File.ReadAllText(request.ManifestFile, Utf8), File.ReadAllBytes(request.StoreFile))
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Report.Message(output, "Corpus: the previous article store could not be read, so every article is read: " + exception.Message);
            return null;
        }
    }
}
