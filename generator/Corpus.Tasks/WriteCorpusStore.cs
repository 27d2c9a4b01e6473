using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Storage;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Tasks;

/// <summary>
/// Reads the project's article files with the generator's reader and writes the store the assembly embeds as
/// <c>Corpus.Store</c>, and its manifest: what the reader made of every file, which the generator takes instead of
/// reading an unchanged file again, and checks the store against. Both files are written only when their content
/// changes. A file that cannot be read as an article is left out of the store and
/// reported by the generator, never here.
/// </summary>
public sealed class WriteCorpusStore : Task, ICancelableTask
{
    /// <summary>The error a store too large for an assembly is reported with.</summary>
    public const string TooLargeCode = "CORPUS024";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The compiler's additional files; those whose <c>CorpusArticle</c> metadata is <c>true</c> are the articles.</summary>
    [Required]
    public ITaskItem[] AdditionalFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>$(CorpusProjectDirectory)</c>.</summary>
    public string? CorpusProjectDirectory { get; set; }

    /// <summary><c>$(ProjectDir)</c>, used when <see cref="CorpusProjectDirectory"/> is empty.</summary>
    public string? ProjectDir { get; set; }

    /// <summary><c>$(MSBuildProjectDirectory)</c>, used when both others are empty.</summary>
    public string? MSBuildProjectDirectory { get; set; }

    /// <summary><c>$(CorpusMaxArticleLength)</c>.</summary>
    public string? CorpusMaxArticleLength { get; set; }

    /// <summary><c>$(CorpusJunk)</c>.</summary>
    public string? CorpusJunk { get; set; }

    /// <summary>Where the store is written.</summary>
    [Required]
    public string StoreFile { get; set; } = "";

    /// <summary>Where the manifest is written.</summary>
    [Required]
    public string ManifestFile { get; set; } = "";

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <summary>The store and manifest this task wrote last time, if both can be read; otherwise every file is read.</summary>
    private PreviousStore? Previous()
    {
        try
        {
            return File.Exists(ManifestFile) && File.Exists(StoreFile)
                ? PreviousStore.Load(File.ReadAllText(ManifestFile, Utf8), File.ReadAllBytes(StoreFile))
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogMessage(MessageImportance.Low, "Corpus: the previous article store could not be read, so every article is read: {0}", exception.Message);
            return null;
        }
    }

    /// <inheritdoc />
    public override bool Execute()
    {
        var settings = ReaderSettings.From(CorpusProjectDirectory, ProjectDir, MSBuildProjectDirectory, CorpusMaxArticleLength, CorpusJunk);
        var items = new List<ArticleItem>();
        foreach (var item in AdditionalFiles)
        {
            if (ArticleItem.IsArticle(item.GetMetadata("CorpusArticle")))
            {
                items.Add(new ArticleItem(item.GetMetadata("FullPath"), item.GetMetadata("Junk")));
            }
        }

        ArticleDigest[] files;
        try
        {
            files = StoreEntries.Read(items, settings, Previous(), _cancellation.Token);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            return false;
        }

        var entries = ArticleDigest.Entries(files);
        var size = StoreWriter.Size(entries);
        if (size > StoreLayout.MaxLength)
        {
            Log.LogError(
                subcategory: null,
                errorCode: TooLargeCode,
                helpKeyword: null,
                helpLink: "https://www.nuget.org/packages/Corpus#corpus024",
                file: BuildEngine.ProjectFileOfTaskNode,
                lineNumber: 0,
                columnNumber: 0,
                endLineNumber: 0,
                endColumnNumber: 0,
                message: string.Format(
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
            storeWritten = FileContent.WriteIfChanged(StoreFile, store);
            manifestWritten = FileContent.WriteIfChanged(ManifestFile, manifest);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError("Corpus: the article store could not be written to '{0}': {1}", StoreFile, exception.Message);
            return false;
        }

        Log.LogMessage(
            MessageImportance.Normal,
            "Corpus: {0} of {1} article files in a store of {2:N0} bytes: {3}.",
            count,
            items.Count,
            store.Length,
            storeWritten || manifestWritten ? "written to " + StoreFile : "unchanged, not written");
        return !Log.HasLoggedErrors;
    }
}
