using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Corpus.StoreWriting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Corpus.Tasks;

/// <summary>
/// What the two store tasks share: the project's additional files and settings, the request they make of the store
/// writer from them, and how a store writer is started. <see cref="StartCorpusStore"/> starts one early in the build;
/// <see cref="WriteCorpusStore"/>, just before the compiler, takes that run when it was started with the same request
/// or starts one itself, and reports what it did.
/// </summary>
public abstract class StoreTask : MSBuildTask
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

    /// <summary>
    /// The native store writer for the platform that builds, started directly; when empty or missing, the store writer
    /// assembly is run on <c>dotnet</c>.
    /// </summary>
    public string? StoreWriterExecutable { get; set; }

    /// <summary><c>$(DOTNET_HOST_PATH)</c>: the <c>dotnet</c> that runs the SDK. When empty, <c>dotnet</c> is looked for on the path.</summary>
    public string? DotNetHostPath { get; set; }

    private protected bool HasNativeWriter => !string.IsNullOrEmpty(StoreWriterExecutable) && File.Exists(StoreWriterExecutable);

    /// <summary>The key a run started early is registered by for the rest of the build: one per store.</summary>
    private protected string EarlyRunKey => "Corpus.EarlyStoreWrite|" + Path.GetFullPath(StoreFile);

    /// <summary>The file name of <c>dotnet</c> on this platform.</summary>
    private protected static string DotNetName => RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";

    /// <summary>
    /// The request's text (its layout is in the store writer's <c>StoreRequest</c>), or <see langword="null"/> when a value
    /// holds a line break, which a request cannot carry; <paramref name="unwritable"/> is then that value.
    /// </summary>
    internal string? Request(out string? unwritable)
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
                unwritable = line;
                return null;
            }
        }

        unwritable = null;
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Writes <paramref name="request"/> to <see cref="RequestFile"/>; <see langword="null"/> when written, why not otherwise.</summary>
    internal string? WriteRequest(string request)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(RequestFile))!);
            File.WriteAllText(RequestFile, request, Utf8);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// Starts the native store writer (<paramref name="native"/>) or the portable one on <c>dotnet</c> with the request
    /// file; <see langword="null"/> when it could not be started, with <paramref name="failure"/> saying why.
    /// </summary>
    private protected StoreWriterRun? StartWriter(bool native, out string? failure)
    {
        var arguments = new CommandLineBuilder();
        if (!native)
        {
            arguments.AppendSwitch("exec");
            arguments.AppendFileNameIfNotNull(StoreWriterAssembly);
        }

        arguments.AppendFileNameIfNotNull(RequestFile);
        return StoreWriterRun.Start(native ? Path.GetFullPath(StoreWriterExecutable!) : DotNetPath(), arguments.ToString(), native, out failure);
    }

    /// <summary>Whether there is a <c>dotnet</c> to run the portable store writer on.</summary>
    private protected bool DotNetFound => File.Exists(DotNetPath());

    /// <summary>The <c>dotnet</c> that runs the portable store writer: <see cref="DotNetHostPath"/>, else the first on the path.</summary>
    private protected string DotNetPath()
    {
        if (!string.IsNullOrEmpty(DotNetHostPath) && File.Exists(DotNetHostPath))
        {
            return DotNetHostPath!;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = directory.Length == 0 ? null : Path.Combine(directory.Trim('"'), DotNetName);
            if (candidate is not null && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return DotNetName;
    }
}
