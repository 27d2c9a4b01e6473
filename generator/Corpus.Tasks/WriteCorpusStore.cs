using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Corpus.StoreWriting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Tasks;

/// <summary>
/// Writes the store the assembly embeds as <c>Corpus.Store</c>, and its manifest, by starting the store writer
/// (<c>Corpus.StoreWriter.dll</c>) on the .NET that runs the SDK: it reads the project's article files with the
/// generator's reader, in a process of its own. That process starts cold on every build that changed an article, and
/// is configured for it; in MSBuild's long-lived process, whose runtime settings a package cannot change, reading a
/// corpus cold ran about twice as slow. It also keeps the reader and its libraries out of MSBuild.
/// </summary>
public sealed class WriteCorpusStore : ToolTask
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The compiler's additional files; the store writer picks the articles by their <c>CorpusArticle</c> metadata.</summary>
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

    /// <summary>Where the request for the store writer is written.</summary>
    [Required]
    public string RequestFile { get; set; } = "";

    /// <summary>The store writer, <c>Corpus.StoreWriter.dll</c>.</summary>
    [Required]
    public string StoreWriterAssembly { get; set; } = "";

    /// <summary><c>$(DOTNET_HOST_PATH)</c>: the <c>dotnet</c> that runs the SDK. When empty, <c>dotnet</c> is looked for on the path.</summary>
    public string? DotNetHostPath { get; set; }

    /// <inheritdoc />
    protected override string ToolName => RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";

    /// <inheritdoc />
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Normal;

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!File.Exists(GenerateFullPathToTool()))
        {
            Log.LogError("Corpus: no dotnet was found to run the store writer with (DOTNET_HOST_PATH is not set, and there is no {0} on the path). Install the .NET SDK's dotnet on the path, or set CorpusStorage to Inline.", ToolName);
            return false;
        }

        if (!WriteRequest())
        {
            return false;
        }

        return base.Execute();
    }

    /// <inheritdoc />
    protected override string GenerateFullPathToTool()
    {
        if (!string.IsNullOrEmpty(DotNetHostPath) && File.Exists(DotNetHostPath))
        {
            return DotNetHostPath!;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = directory.Length == 0 ? null : Path.Combine(directory.Trim('"'), ToolName);
            if (candidate is not null && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return ToolName;
    }

    /// <inheritdoc />
    protected override string GenerateCommandLineCommands()
    {
        var command = new CommandLineBuilder();
        command.AppendSwitch("exec");
        command.AppendFileNameIfNotNull(StoreWriterAssembly);
        command.AppendFileNameIfNotNull(RequestFile);
        return command.ToString();
    }

    /// <inheritdoc />
    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        if (StoreProtocol.TryReadError(singleLine, out var code, out var text))
        {
            Log.LogError(
                subcategory: null,
                errorCode: code.Length > 0 ? code : null,
                helpKeyword: null,
                helpLink: code.Length > 0 ? "https://www.nuget.org/packages/Corpus#" + code.ToLowerInvariant() : null,
                file: BuildEngine.ProjectFileOfTaskNode,
                lineNumber: 0,
                columnNumber: 0,
                endLineNumber: 0,
                endColumnNumber: 0,
                message: text);
            return;
        }

        base.LogEventsFromTextOutput(singleLine, messageImportance);
    }

    /// <summary>Writes the store writer's request (its layout is in the store writer's <c>StoreRequest</c>).</summary>
    internal bool WriteRequest()
    {
        var lines = new List<string>
        {
            StoreProtocol.RequestHeader,
            Path.GetFullPath(StoreFile),
            Path.GetFullPath(ManifestFile),
            CorpusProjectDirectory ?? "",
            ProjectDir ?? "",
            MSBuildProjectDirectory ?? "",
            CorpusMaxArticleLength ?? "",
            CorpusJunk ?? "",
        };
        foreach (var item in AdditionalFiles)
        {
            lines.Add(item.GetMetadata("FullPath"));
            lines.Add(item.GetMetadata("CorpusArticle"));
            lines.Add(item.GetMetadata("Junk"));
        }

        foreach (var line in lines)
        {
            if (line.IndexOf('\n') >= 0 || line.IndexOf('\r') >= 0)
            {
                Log.LogError("Corpus: an article path, its metadata or a Corpus setting holds a line break, which the article store cannot be written with: '{0}'.", line);
                return false;
            }
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(RequestFile))!);
            File.WriteAllText(RequestFile, string.Join("\n", lines) + "\n", Utf8);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError("Corpus: the request for the article store could not be written to '{0}': {1}", RequestFile, exception.Message);
            return false;
        }
    }
}
