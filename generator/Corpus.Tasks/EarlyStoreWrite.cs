using System;
using System.Collections.Generic;
using System.IO;

namespace Corpus.Tasks;

/// <summary>
/// A store writer started early in the build, registered with MSBuild until the task before the compiler takes it: the
/// request it was started with, and each additional file's length and time as they were while it started. MSBuild
/// disposes of it at the end of the build, which stops a run nothing took (a build that failed before the compiler).
/// </summary>
internal sealed class EarlyStoreWrite : IDisposable
{
    private readonly (string Path, long Length, DateTime Written)[] _files;

    public EarlyStoreWrite(string request, StoreWriterRun run, IReadOnlyList<string> files)
    {
        Request = request;
        Run = run;
        _files = new (string, long, DateTime)[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            _files[i] = State(files[i]);
        }
    }

    /// <summary>The request's text.</summary>
    public string Request { get; }

    /// <summary>The run.</summary>
    public StoreWriterRun Run { get; }

    /// <summary>
    /// The first file whose length or time is no longer what it was while the run started, which the run may have read
    /// before it changed; <see langword="null"/> when none changed.
    /// </summary>
    /// <remarks>
    /// The state is taken by the task that starts the run, on MSBuild's thread, while no other target of the project can
    /// run: whatever a later target does to a file before the compiler shows here as a difference.
    /// </remarks>
    public string? FirstChangedFile()
    {
        foreach (var file in _files)
        {
            if (State(file.Path) != file)
            {
                return file.Path;
            }
        }

        return null;
    }

    public void Dispose() => Run.Dispose();

    private static (string Path, long Length, DateTime Written) State(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? (path, info.Length, info.LastWriteTimeUtc) : (path, -1, default);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (path, -2, default);
        }
    }
}
