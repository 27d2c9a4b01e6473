using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Corpus.StoreWriting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Tasks;

/// <summary>
/// Writes the store the assembly embeds as <c>Corpus.Store</c>, and its manifest, by starting the store writer: it reads
/// the project's article files with the generator's reader, in a process of its own. That process starts cold on every
/// build that changed an article, and is built for it; in MSBuild's long-lived process, whose runtime settings a package
/// cannot change, reading a corpus cold ran about twice as slow. It also keeps the reader and its libraries out of
/// MSBuild.
/// </summary>
/// <remarks>
/// Where the package has a native store writer for the platform that builds (<see cref="StoreWriterExecutable"/>,
/// compiled ahead of time, so that nothing is compiled while it runs), the task starts that; otherwise, or when it
/// cannot run here (a system library it needs is missing or too old), the portable one (<c>Corpus.StoreWriter.dll</c>)
/// on the .NET that runs the SDK. Both are built from the same sources and write the same bytes. The native writer's
/// output is held until it has shown, by the protocol's greeting and an exit code of its own, that it ran; a writer
/// that did not run leaves no error behind, only a message saying why the portable one was started instead.
/// </remarks>
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

    /// <summary>
    /// The native store writer for the platform that builds, started directly; when empty or missing, the store writer
    /// assembly is run on <c>dotnet</c>.
    /// </summary>
    public string? StoreWriterExecutable { get; set; }

    /// <summary><c>$(DOTNET_HOST_PATH)</c>: the <c>dotnet</c> that runs the SDK. When empty, <c>dotnet</c> is looked for on the path.</summary>
    public string? DotNetHostPath { get; set; }

    /// <summary>The native store writer's output while it runs, held until it is known to have run; otherwise <see langword="null"/>.</summary>
    private List<(string Line, MessageImportance Importance)>? _held;

    /// <summary>Whether the running store writer printed the protocol's greeting.</summary>
    private bool _greeted;

    /// <summary>Whether the build was cancelled: a native writer stopped by it is not followed by the portable one.</summary>
    private volatile bool _cancelled;

    private bool HasNativeWriter => !string.IsNullOrEmpty(StoreWriterExecutable) && File.Exists(StoreWriterExecutable);

    /// <inheritdoc />
    protected override string ToolName => RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";

    /// <inheritdoc />
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Normal;

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!HasNativeWriter && !DotNetFound())
        {
            return false;
        }

        if (!WriteRequest())
        {
            return false;
        }

        return base.Execute();
    }

    /// <inheritdoc />
    public override void Cancel()
    {
        _cancelled = true;
        base.Cancel();
    }

    /// <inheritdoc />
    protected override string GenerateFullPathToTool() => HasNativeWriter ? Path.GetFullPath(StoreWriterExecutable!) : DotNetPath();

    /// <inheritdoc />
    protected override string GenerateCommandLineCommands() => CommandLine(native: HasNativeWriter);

    /// <inheritdoc />
    protected override int ExecuteTool(string pathToTool, string responseFileCommands, string commandLineCommands)
    {
        if (!HasNativeWriter)
        {
            return base.ExecuteTool(pathToTool, responseFileCommands, commandLineCommands);
        }

        var failure = RunNative(pathToTool, responseFileCommands, commandLineCommands, out var exitCode);
        if (failure is null || _cancelled)
        {
            return exitCode;
        }

        Log.LogMessage(
            MessageImportance.High,
            "Corpus: the native store writer '{0}' could not run here ({1}); the portable one is writing the store instead. Set CorpusNativeStoreWriter to false to start the portable one directly.",
            pathToTool,
            failure);
        if (!DotNetFound())
        {
            return 1;
        }

        var dotnet = DotNetPath();
        var portable = CommandLine(native: false);
        LogToolCommand(dotnet + " " + portable);
        return base.ExecuteTool(dotnet, "", portable);
    }

    /// <summary>
    /// Runs the native store writer with its output held: <see langword="null"/> when it ran, its output then logged; why
    /// not otherwise (it could not be started, or ended without the greeting or with an exit code not its own), its output
    /// then dropped.
    /// </summary>
    private string? RunNative(string pathToTool, string responseFileCommands, string commandLineCommands, out int exitCode)
    {
        _held = [];
        _greeted = false;
        List<(string Line, MessageImportance Importance)> held;
        try
        {
            exitCode = base.ExecuteTool(pathToTool, responseFileCommands, commandLineCommands);
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or UnauthorizedAccessException)
        {
            exitCode = -1;
            return exception.Message;
        }
        finally
        {
            held = _held;
            _held = null;
        }

        if (_greeted && exitCode is 0 or 1 or 2)
        {
            foreach (var (line, importance) in held)
            {
                LogLine(line, importance);
            }

            return null;
        }

        var said = string.Join(" ", held.Select(entry => entry.Line.Trim()).Where(line => line.Length > 0).Take(3));
        return said.Length > 0 ? $"exit code {exitCode}: {said}" : $"exit code {exitCode}";
    }

    private bool DotNetFound()
    {
        if (File.Exists(DotNetPath()))
        {
            return true;
        }

        Log.LogError("Corpus: no dotnet was found to run the store writer with (DOTNET_HOST_PATH is not set, and there is no {0} on the path). Install the .NET SDK's dotnet on the path, or set CorpusStorage to Inline.", ToolName);
        return false;
    }

    /// <summary>The <c>dotnet</c> that runs the portable store writer.</summary>
    private string DotNetPath()
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

    /// <summary>The native store writer's arguments, or the portable one's to <c>dotnet</c>.</summary>
    private string CommandLine(bool native)
    {
        var command = new CommandLineBuilder();
        if (!native)
        {
            command.AppendSwitch("exec");
            command.AppendFileNameIfNotNull(StoreWriterAssembly);
        }

        command.AppendFileNameIfNotNull(RequestFile);
        return command.ToString();
    }

    /// <inheritdoc />
    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        if (singleLine == StoreProtocol.Greeting)
        {
            _greeted = true;
            return;
        }

        if (_held is not null)
        {
            _held.Add((singleLine, messageImportance));
            return;
        }

        LogLine(singleLine, messageImportance);
    }

    /// <summary>Logs a line of the store writer's output: an error in the protocol as an error, any other as a message.</summary>
    private void LogLine(string singleLine, MessageImportance messageImportance)
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
