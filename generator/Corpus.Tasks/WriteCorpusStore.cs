using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Corpus.StoreWriting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Tasks;

/// <summary>
/// Writes the store the assembly embeds as <c>Corpus.Store</c>, and its manifest, by starting the store writer
/// (<c>Corpus.StoreWriter.dll</c>) on the .NET that runs the SDK: it reads the project's article files with the
/// generator's reader, in a process of its own. That process starts cold on every build that changed an article, and
/// is configured for it; in MSBuild's long-lived process, whose runtime settings a package cannot change, reading a
/// corpus cold ran about twice as slow. It also keeps the reader and its libraries out of MSBuild. When
/// <see cref="StartCorpusStore"/> started the writer earlier in the build with the same request, this task waits for
/// that one instead.
/// </summary>
public sealed class WriteCorpusStore : CorpusStoreTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <inheritdoc />
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Normal;

    /// <inheritdoc />
    public override bool Execute()
    {
        if (TakeStarted() is { } started)
        {
            using (started)
            {
                if (RequestText(reportError: null) == started.Request)
                {
                    return Await(started);
                }
            }

            // Started with another request (which the targets never do): that writer is stopped, and this one run.
        }

        if (!File.Exists(GenerateFullPathToTool()))
        {
            Log.LogError("Corpus: no dotnet was found to run the store writer with (DOTNET_HOST_PATH is not set, and there is no {0} on the path). Install the .NET SDK's dotnet on the path, or set CorpusStorage to Inline.", ToolName);
            return false;
        }

        if (!WriteRequest())
        {
            return false;
        }

        EnvironmentVariables = [.. EnvironmentVariables ?? Array.Empty<string>(), NoTieringDelay];
        return base.Execute();
    }

    /// <inheritdoc />
    public override void Cancel()
    {
        _cancellation.Cancel();
        base.Cancel();
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

    /// <summary>Writes the store writer's request, reporting why when it cannot.</summary>
    internal bool WriteRequest()
    {
        if (RequestText(line => Log.LogError("Corpus: an article path, its metadata or a Corpus setting holds a line break, which the article store cannot be written with: '{0}'.", line)) is not { } request)
        {
            return false;
        }

        if (WriteRequestFile(request) is { } failure)
        {
            Log.LogError("Corpus: the request for the article store could not be written to '{0}': {1}", RequestFile, failure);
            return false;
        }

        return true;
    }

    /// <summary>The writer <see cref="StartCorpusStore"/> started for this store in this build, taken from MSBuild's keeping.</summary>
    private StartedStoreWriter? TakeStarted() =>
        BuildEngine is IBuildEngine4 engine ? engine.UnregisterTaskObject(StartedKey(StoreFile), RegisteredTaskObjectLifetime.Build) as StartedStoreWriter : null;

    /// <summary>Waits for a writer started earlier and reports what it printed, as if this task had run it.</summary>
    private bool Await(StartedStoreWriter started)
    {
        int exitCode;
        IReadOnlyList<(string Line, bool IsError)> output;
        try
        {
            (exitCode, output) = started.Wait(_cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        foreach (var (line, isError) in output)
        {
            LogEventsFromTextOutput(line, isError ? StandardErrorLoggingImportance : StandardOutputLoggingImportance);
        }

        if (exitCode != 0 && !Log.HasLoggedErrors)
        {
            Log.LogError("Corpus: the store writer exited with code {0}.", exitCode);
        }

        return exitCode == 0 && !Log.HasLoggedErrors;
    }
}
