using PmoAssess.Reporting.Model;

namespace PmoAssess.Tests.Reporting.Model;

public sealed class SourceFolderTests
{
    private static readonly string WorkingDirectory = Path.Combine(Path.GetTempPath(), "repo");

    [Fact]
    public void Of_FolderUnderTheWorkingDirectory_IsItsPathFromThereWithForwardSlashes()
    {
        var folder = SourceFolder.Of(Path.Combine(WorkingDirectory, "samples", "contoso") + Path.DirectorySeparatorChar, WorkingDirectory);

        folder.RelativePath.ShouldBe("samples/contoso");
        folder.AbsoluteUri.ShouldBeNull();
    }

    [Fact]
    public void Of_TheWorkingDirectoryItself_IsAnEmptyPath() =>
        SourceFolder.Of(WorkingDirectory, WorkingDirectory).RelativePath.ShouldBe(string.Empty);

    [Fact]
    public void Of_FolderWhoseNameStartsWithTwoDots_IsStillUnderTheWorkingDirectory() =>
        SourceFolder.Of(Path.Combine(WorkingDirectory, "..data"), WorkingDirectory).RelativePath.ShouldBe("..data");

    [Theory]
    [InlineData("elsewhere")]
    [InlineData("repo-sibling")]
    public void Of_FolderOutsideTheWorkingDirectory_IsAFileUriEndingInASlash(string name)
    {
        var outside = Path.Combine(Path.GetTempPath(), name, "my data");

        var folder = SourceFolder.Of(outside, WorkingDirectory);

        folder.RelativePath.ShouldBeNull();
        folder.AbsoluteUri!.IsFile.ShouldBeTrue();
        folder.AbsoluteUri.AbsoluteUri.ShouldEndWith("/my%20data/");
        folder.AbsoluteUri.LocalPath.ShouldBe(outside + Path.DirectorySeparatorChar);
    }
}
