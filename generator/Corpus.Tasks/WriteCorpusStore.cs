using System.Linq;
using Corpus.StoreWriting;
using Microsoft.Build.Framework;

namespace Corpus.Tasks;

/// <summary>
/// Writes the store the assembly embeds as <c>Corpus.Store</c>, and its manifest, by the store writer: it reads the
/// project's article files with the generator's reader, in a process of its own. That process starts cold on every build
/// that changed an article, and is built for it; in MSBuild's long-lived process, whose runtime settings a package cannot
/// change, reading a corpus cold ran about twice as slow. It also keeps the reader and its libraries out of MSBuild.
/// </summary>
/// <remarks>
/// <para>
/// When <see cref="StartCorpusStore"/> started the store writer earlier in the build with the same request, and no
/// additional file has changed since, the task waits for that run; otherwise it starts one.
/// </para>
/// <para>
/// Where the package has a native store writer for the platform that builds (<see cref="StoreTask.StoreWriterExecutable"/>,
/// compiled ahead of time, so that nothing is compiled while it runs), that one is started; otherwise, or when it cannot
/// run here (a system library it needs is missing or too old), the portable one (<c>Corpus.StoreWriter.dll</c>) on the
/// .NET that runs the SDK. Both are built from the same sources and write the same bytes. A native writer's output is
/// believed only when it has shown, by the protocol's greeting and an exit code of its own, that it ran; a writer that
/// did not run leaves no error behind, only a message saying why the portable one was started instead.
/// </para>
/// </remarks>
public sealed class WriteCorpusStore : StoreTask, ICancelableTask
{
    /// <summary>Whether the build was cancelled: a native writer stopped by it is not followed by the portable one.</summary>
    private volatile bool _cancelled;

    /// <inheritdoc />
    public void Cancel() => _cancelled = true;

    /// <inheritdoc />
    public override bool Execute()
    {
        var request = Request(out var unwritable);
        if (request is null)
        {
            Log.LogError("Corpus: an article path, its metadata or a Corpus setting holds a line break, which the article store cannot be written with: '{0}'.", unwritable);
            return false;
        }

        var run = EarlyRun(request);
        if (run is null)
        {
            var failure = WriteRequest(request);
            if (failure is not null)
            {
                Log.LogError("Corpus: the request for the article store could not be written to '{0}': {1}", RequestFile, failure);
                return false;
            }
        }

        return (run?.Native ?? HasNativeWriter) ? RunNative(run) : RunPortable(run);
    }

    /// <summary>
    /// The run <see cref="StartCorpusStore"/> started for this store, when it was started with <paramref name="request"/>
    /// and no additional file has changed since; otherwise <see langword="null"/>, and any such run stopped.
    /// </summary>
    private StoreWriterRun? EarlyRun(string request)
    {
        if (BuildEngine is not IBuildEngine4 engine
            || engine.UnregisterTaskObject(EarlyRunKey, RegisteredTaskObjectLifetime.Build) is not EarlyStoreWrite early)
        {
            return null;
        }

        if (early.Request != request)
        {
            early.Dispose();
            Log.LogMessage(MessageImportance.Normal, "Corpus: the additional files or settings changed after the store writer was started ahead of the compiler; it is started again.");
            return null;
        }

        var changed = early.FirstChangedFile();
        if (changed is not null)
        {
            early.Dispose();
            Log.LogMessage(MessageImportance.Normal, "Corpus: '{0}' changed after the store writer was started ahead of the compiler; it is started again.", changed);
            return null;
        }

        Log.LogMessage(MessageImportance.Normal, "Corpus: waiting for the store writer started ahead of the compiler.");
        return early.Run;
    }

    /// <summary>Runs the native store writer, or waits for <paramref name="started"/>; when it did not run, the portable one.</summary>
    private bool RunNative(StoreWriterRun? started)
    {
        string? failure = null;
        var run = started ?? StartWriter(native: true, out failure);
        if (run is not null)
        {
            using (run)
            {
                if (!Wait(run))
                {
                    return false;
                }

                if (run.Greeted && run.ExitCode is 0 or 1 or 2)
                {
                    return Report(run);
                }

                var said = string.Join(" ", run.Lines.Select(line => line.Trim()).Where(line => line.Length > 0).Take(3));
                failure = said.Length > 0 ? $"exit code {run.ExitCode}: {said}" : $"exit code {run.ExitCode}";
            }
        }

        Log.LogMessage(
            MessageImportance.High,
            "Corpus: the native store writer '{0}' could not run here ({1}); the portable one is writing the store instead. Set CorpusNativeStoreWriter to false to start the portable one directly.",
            StoreWriterExecutable,
            failure);
        return RunPortable(started: null);
    }

    /// <summary>Runs the portable store writer on <c>dotnet</c>, or waits for <paramref name="started"/>.</summary>
    private bool RunPortable(StoreWriterRun? started)
    {
        if (started is null && !DotNetFound)
        {
            Log.LogError("Corpus: no dotnet was found to run the store writer with (DOTNET_HOST_PATH is not set, and there is no {0} on the path). Install the .NET SDK's dotnet on the path, or set CorpusStorage to Inline.", DotNetName);
            return false;
        }

        string? failure = null;
        using var run = started ?? StartWriter(native: false, out failure);
        if (run is null)
        {
            Log.LogError("Corpus: the store writer could not be started with '{0}': {1}", DotNetPath(), failure);
            return false;
        }

        return Wait(run) && Report(run);
    }

    /// <summary>Waits for <paramref name="run"/> to end; <see langword="false"/> when the build was cancelled meanwhile.</summary>
    private bool Wait(StoreWriterRun run)
    {
        Log.LogCommandLine(MessageImportance.Normal, run.CommandLine);
        return run.WaitForExit(() => _cancelled) && !_cancelled;
    }

    /// <summary>
    /// Logs what the store writer printed, an error line of the protocol as an error and any other as a message, and
    /// whether it wrote the store.
    /// </summary>
    private bool Report(StoreWriterRun run)
    {
        foreach (var line in run.Lines)
        {
            if (StoreProtocol.TryReadError(line, out var code, out var text))
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
            }
            else
            {
                Log.LogMessage(MessageImportance.Normal, "{0}", line);
            }
        }

        if (run.ExitCode != 0 && !Log.HasLoggedErrors)
        {
            Log.LogError("Corpus: the store writer '{0}' exited with code {1} without saying why.", run.CommandLine, run.ExitCode);
        }

        return run.ExitCode == 0 && !Log.HasLoggedErrors;
    }
}
