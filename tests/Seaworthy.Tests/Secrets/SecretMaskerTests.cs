using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Secrets;
using Seaworthy.Text;

namespace Seaworthy.Tests.Secrets;

public sealed class SecretMaskerTests
{
    [Test]
    public void A_credential_keeps_its_public_prefix_and_anything_else_becomes_eight_stars()
    {
        SecretMasker.Catalogue.MaskText("key AKIAIOSFODNN7EXAMPLE and ghp_0123456789abcdefghijklmnopqrstuvwxyzAB")
            .Should().Be("key AKIA**************** and ghp_****************");
        SecretMasker.Catalogue.MaskText("postgres://app:s3cret-pw@db/app").Should().Be("postgres://app:********@db/app");
    }

    [Test]
    public void A_value_from_outside_the_files_is_masked_wherever_it_occurs()
    {
        var masker = SecretMasker.Create(new[] { "hunter2-from-ci", "Sup3r" });

        masker.MaskText("cpus 'hunter2-from-ci' is not a number").Should().Be("cpus '********' is not a number");
        masker.Values.Should().Equal("hunter2-from-ci");
    }

    [TestCase("1")]
    [TestCase("true")]
    [TestCase("no")]
    [TestCase("3.20")]
    [TestCase("latest")]
    public void A_trivially_short_value_is_not_masked_on_its_own(string value)
    {
        SecretMasker.Create(new[] { value }).Values.Should().BeEmpty();
        SecretMasker.IsMaskable(value).Should().BeFalse();
    }

    [Test]
    public void A_short_credential_of_a_known_shape_is_masked_all_the_same()
    {
        SecretMasker.Catalogue.MaskText("curl -u admin:pw1 https://example.com").Should().Be("curl -u admin:******** https://example.com");
    }

    // Issue 18, item 2: what a symlink to ~/.git-credentials or .git/config showed in a message and a code frame.
    [TestCase("unknown instruction: https://ci:ghp_0123456789abcdefghijklmnopqrstuvwxyzAB@github.com", "0123456789abcdefghijklmnopqrstuvwxyzAB")]
    [TestCase("\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==", "eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA")]
    public void Credentials_of_git_files_are_masked_in_messages_and_frames(string text, string secret)
    {
        SecretMasker.Catalogue.MaskText(text).Should().NotContain(secret);
        SecretMasker.Catalogue.MaskLine(text).Should().NotContain(secret);
    }

    [Test]
    public void A_masked_line_keeps_its_length_so_a_caret_still_lines_up()
    {
        var masker = SecretMasker.Create(new[] { "from-the-environment" });
        const string line = "ENV A=from-the-environment B=AKIAIOSFODNN7EXAMPLE C=keep";

        var masked = masker.MaskLine(line, new[] { new TextSpan(line.Length - 4, 4) });

        masked.Should().Be("ENV A=******************** B=AKIA**************** C=****");
        masked.Length.Should().Be(line.Length);
    }

    [Test]
    public void A_private_key_block_is_found_across_lines()
    {
        const string text = "RUN <<EOF\ncat > key <<KEY\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\nKEY\nEOF\n";

        var spans = SecretMasker.FindMultiline(text);

        spans.Should().ContainSingle();
        text.Substring(spans[0].Start, spans[0].Length).Should().Contain("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ").And.NotContain("BEGIN");
    }

    [Test]
    public void A_diagnostic_masks_credentials_in_its_message_however_it_is_made()
    {
        var rule = ToolRules.All[0];
        var diagnostic = new Diagnostic(rule, Severity.Error, Location.FileStart("Dockerfile"), "unknown instruction: ghp_0123456789abcdefghijklmnopqrstuvwxyzAB");

        diagnostic.Message.Should().Be("unknown instruction: ghp_****************");
        (diagnostic with { Message = "token xoxb-1234567890-1234567890123-abc" }).Message.Should().NotContain("1234567890123");
    }

    [Test]
    public void A_masker_looks_for_the_longest_value_first()
    {
        var masker = SecretMasker.Create(new[] { "value-one", "value-two-longer", "value-three", "value-one" });

        masker.Values.Should().Equal("value-two-longer", "value-three", "value-one");
        masker.MaskText("value-two-longer").Should().Be(SecretMasker.Mask, "the longer value is masked whole, not as value-two plus a rest");
    }
}
