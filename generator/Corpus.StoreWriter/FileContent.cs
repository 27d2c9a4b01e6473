using System;
using System.IO;

namespace Corpus.StoreWriting;

/// <summary>
/// Writes a file only when its content changes, so that an unchanged store leaves the file, and what watches it, alone;
/// and writes it whole or not at all, so that a store writer stopped halfway (the build ended or the articles changed
/// under it) leaves the last store as it was.
/// </summary>
internal static class FileContent
{
    private const int ChunkLength = 1 << 16;

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> unless the file already holds exactly it.</summary>
    /// <returns>Whether the file was written.</returns>
    public static bool WriteIfChanged(string path, byte[] content)
    {
        if (Holds(path, content))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var whole = NewPath(path);
        File.WriteAllBytes(whole, content);
        File.Move(whole, path, overwrite: true);
        return true;
    }

    /// <summary>Where <paramref name="path"/>'s new content is written before it takes the file's place.</summary>
    private static string NewPath(string path) => path + ".new";

    // Compared a chunk at a time: the old store is as large as the new one, and need not be in memory beside it.
    private static bool Holds(string path, byte[] content)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkLength);
        if (stream.Length != content.Length)
        {
            return false;
        }

        var chunk = new byte[ChunkLength];
        var position = 0;
        while (position < content.Length)
        {
            var read = stream.Read(chunk, 0, Math.Min(ChunkLength, content.Length - position));
            if (read == 0 || !chunk.AsSpan(0, read).SequenceEqual(content.AsSpan(position, read)))
            {
                return false;
            }

            position += read;
        }

        return true;
    }
}
