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
/// What the two store tasks share: the project's reading settings and additional files, where the store, manifest and
/// request go, and how the store writer is started (<c>dotnet exec Corpus.StoreWriter.dll request</c>).
/// </summary>
public abstract class CorpusStoreTask : ToolTask
{
    /// <summary>
    /// Optimizes a hot method without first waiting for the process to go 100 ms without compiling anything new, which a
    /// process reading thousands of varied files rarely does.
    /// </summary>
    internal const string NoTieringDelay = "DOTNET_TC_CallCountingDelayMs=0";

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

    /// <summary>
    /// The store writer's request (its layout is in the store writer's <c>StoreRequest</c>), or <see langword="null"/>
    /// when something it would hold has a line break, which <paramref name="reportError"/> is told of.
    /// </summary>
    internal string? RequestText(Action<string>? reportError)
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
                reportError?.Invoke(line);
                return null;
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Writes <paramref name="text"/> to <see cref="RequestFile"/>; the exception's message when it cannot.</summary>
    internal string? WriteRequestFile(string text)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(RequestFile))!);
            File.WriteAllText(RequestFile, text, Utf8);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return exception.Message;
        }
    }

    /// <summary>Where a store writer started early for <paramref name="storeFile"/> is kept for the build's length.</summary>
    internal static string StartedKey(string storeFile) => "Corpus.StoreWriter:" + Path.GetFullPath(storeFile);
}
