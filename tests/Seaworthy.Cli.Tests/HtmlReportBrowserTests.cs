using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Playwright;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests;

/// <summary>
/// Opens HTML reports in Debian's chromium through Playwright (tests/run.sh installs it; Playwright downloads no
/// browser of its own) and checks them against the JSON report of the same input: the lint report of docs/examples
/// and the audit report of the test engine's snapshot.
/// </summary>
[NonParallelizable]
public class HtmlReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private string _folder = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Fail($"{Chromium} is missing: install Debian's chromium (tests/run.sh does).");
        }

        _folder = Directory.CreateTempSubdirectory("seaworthy-html-").FullName;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = new[] { "--no-sandbox" } });
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task The_lint_report_opens_cleanly_shows_the_json_reports_counts_and_narrows_to_a_searched_rule()
    {
        var examples = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples");
        var json = await ReportsAsync("lint", examples);
        var (page, problems) = await OpenAsync();

        var diagnostics = json.GetProperty("diagnostics").EnumerateArray().ToArray();
        diagnostics.Should().NotBeEmpty("docs/examples has findings");
        var summary = json.GetProperty("summary");
        (await NumberAsync(page, "[data-total]", "data-total")).Should().Be(diagnostics.Length);
        (await NumberAsync(page, "[data-count-severity=\"error\"]", "data-count")).Should().Be(summary.GetProperty("errors").GetInt32());
        (await NumberAsync(page, "[data-count-severity=\"warning\"]", "data-count")).Should().Be(summary.GetProperty("warnings").GetInt32());
        (await NumberAsync(page, "[data-count-severity=\"info\"]", "data-count")).Should().Be(summary.GetProperty("infos").GetInt32());
        var byRule = diagnostics.GroupBy(d => d.GetProperty("id").GetString()!).ToArray();
        foreach (var rule in byRule)
        {
            (await NumberAsync(page, $"[data-count-rule=\"{rule.Key}\"]", "data-count")).Should().Be(rule.Count(), "the count of " + rule.Key);
        }

        (await page.Locator("tr.finding:visible").CountAsync()).Should().Be(diagnostics.Length);

        var searched = byRule.First(rule => rule.Count() < diagnostics.Length);
        await page.Locator("#search").FillAsync(searched.Key);
        (await page.Locator("tr.finding:visible").CountAsync()).Should().Be(searched.Count(), "typing " + searched.Key + " shows only its findings");
        (await page.Locator("tr.finding:visible").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.rule)")).Should().OnlyContain(id => id == searched.Key);
        (await NumberAsync(page, "#shown", "data-shown")).Should().Be(searched.Count());

        await page.Locator("#search").FillAsync(string.Empty);
        (await page.Locator("tr.finding:visible").CountAsync()).Should().Be(diagnostics.Length);

        var errors = summary.GetProperty("errors").GetInt32();
        errors.Should().BeInRange(1, diagnostics.Length - 1, "docs/examples has errors and other findings");
        await page.Locator("#f-severity").SelectOptionAsync("error");
        (await page.Locator("tr.finding:visible").CountAsync()).Should().Be(errors, "the severity filter shows only errors");
        await page.Locator("#f-severity").SelectOptionAsync(string.Empty);
        (await page.Locator("tr.finding:visible").CountAsync()).Should().Be(diagnostics.Length);

        await ScreenshotAsync(page, "html-report.png", "The lint report of docs/examples in chromium");
        problems.Should().BeEmpty();
    }

    [Test]
    public async Task The_audit_report_opens_cleanly_and_shows_the_json_reports_scorecard()
    {
        var snapshot = Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.HostAudit.Tests", "Snapshots", "engine", "test-engine.json");
        var json = await ReportsAsync("audit", "--snapshot", snapshot);
        var (page, problems) = await OpenAsync();

        var summary = json.GetProperty("summary");
        (await NumberAsync(page, "[data-score]", "data-score")).Should().Be(summary.GetProperty("score").GetInt32());
        (await page.Locator("tr.check").CountAsync()).Should().Be(summary.GetProperty("checks").GetInt32());
        foreach (var (outcome, property) in new[] { ("pass", "pass"), ("fail", "fail"), ("info", "info"), ("manual", "manual"), ("not-applicable", "notApplicable"), ("unknown", "unknown") })
        {
            (await NumberAsync(page, $"[data-count-outcome=\"{outcome}\"]", "data-count")).Should().Be(summary.GetProperty(property).GetInt32(), "the count of " + outcome);
            (await page.Locator($"tr.check[data-outcome=\"{outcome}\"]").CountAsync()).Should().Be(summary.GetProperty(property).GetInt32(), "the rows of " + outcome);
        }

        await ScreenshotAsync(page, "html-audit-report.png", "The audit report of the test engine's snapshot in chromium");
        problems.Should().BeEmpty();
    }

    [Test]
    public async Task The_lint_report_follows_dark_mode_and_fits_a_phone()
    {
        await ReportsAsync("lint", Path.Combine(TestPaths.RepositoryRoot, "docs", "examples"));
        var (light, lightProblems) = await OpenAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 }, ColorScheme = ColorScheme.Light });
        var (dark, darkProblems) = await OpenAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 }, ColorScheme = ColorScheme.Dark });
        var (phone, phoneProblems) = await OpenAsync(new() { ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true });

        const string Background = "() => getComputedStyle(document.body).backgroundColor";
        (await light.EvaluateAsync<string>(Background)).Should().Be("rgb(255, 255, 255)");
        (await dark.EvaluateAsync<string>(Background)).Should().Be("rgb(13, 17, 23)");
        (await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue("the page does not scroll sideways on a phone");
        (await phone.Locator("thead").IsVisibleAsync()).Should().BeFalse("on a phone each finding is a card with labelled fields");

        await ScreenshotAsync(dark, "html-report-dark.png", "The lint report in dark mode");
        await ScreenshotAsync(phone, "html-report-phone.png", "The lint report on a phone");
        lightProblems.Concat(darkProblems).Concat(phoneProblems).Should().BeEmpty();
    }

    // Writes report.html and report.json of the same command; returns the JSON report.
    private async Task<JsonElement> ReportsAsync(params string[] command)
    {
        var html = Path.Combine(_folder, "report.html");
        var json = Path.Combine(_folder, "report.json");
        (await CliRunner.RunAsync(command.Concat(new[] { "--format", "html", "-o", html }).ToArray())).ExitCode.Should().Be(1);
        (await CliRunner.RunAsync(command.Concat(new[] { "--format", "json", "-o", json }).ToArray())).ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        return document.RootElement.Clone();
    }

    // Opens report.html from a file:// address, collecting console errors, script errors and failed requests.
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(BrowserNewPageOptions? options = null)
    {
        var page = await _browser.NewPageAsync(options ?? new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console error: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("failed request: " + request.Url);
        await page.GotoAsync(new Uri(Path.Combine(_folder, "report.html")).AbsoluteUri);
        return (page, problems);
    }

    private static async Task ScreenshotAsync(IPage page, string name, string description)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, name);
        await page.ScreenshotAsync(new() { Path = path });
        TestContext.AddTestAttachment(path, description);
    }

    private static async Task<int> NumberAsync(IPage page, string selector, string attribute) =>
        int.Parse((await page.Locator(selector).GetAttributeAsync(attribute))!, CultureInfo.InvariantCulture);
}
