"""Sends generated visit reports in batches to POST /api/visit-reports and prints a Markdown table.

Usage: reports-client.py BASE_URL USER PASSWORD REPORTS BATCH (called by benchmarks/reports).
"""
import base64
import datetime
import json
import statistics
import sys
import time
import urllib.request
import uuid


def reports(n):
    day = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    for i in range(n):
        yield {
            "id": str(uuid.uuid4()), "team": "BT-01", "village": "BV%03d" % (i % 100 + 1),
            "visitDate": day, "reached": True, "startTime": "08:40", "endTime": "11:15",
            "householdsHelped": 12, "activationsCompleted": 8,
            "unfinished": {"NO_SIGNAL": 2, "NO_PHONE": 1}, "simCardsHandedOut": 5,
            "phonesLent": 2, "phonesReturned": 0,
            "signal": [{"operator": "Viettel", "level": "WEAK"}], "notes": "bench",
        }


def send(base, auth, batches):
    times = []
    start = time.perf_counter()
    for body in batches:
        request = urllib.request.Request(
            base + "/api/visit-reports", data=body, method="POST",
            headers={"Content-Type": "application/json", "Authorization": auth})
        t = time.perf_counter()
        with urllib.request.urlopen(request) as answer:
            results = json.load(answer)["results"]
        times.append((time.perf_counter() - t) * 1000)
        if any(r["state"] not in ("ACCEPTED", "DUPLICATE") for r in results):
            sys.exit("a report was not accepted: %s" % results[0])
    return time.perf_counter() - start, times


def main():
    base, user, password, n, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    auth = "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode()
    all_reports = list(reports(n))
    batches = [json.dumps({"reports": all_reports[i:i + size]}).encode()
               for i in range(0, n, size)]
    first, first_times = send(base, auth, batches)
    again, again_times = send(base, auth, batches)
    print("| run | reports | total | reports/s | batch median | batch p95 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, total, times in (("first send: every report ACCEPTED", first, first_times),
                               ("sent again: every report DUPLICATE", again, again_times)):
        p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
        print("| %s | %s | %.2f s | %s | %.0f ms | %.0f ms |" % (
            name, format(n, ","), total, format(round(n / total), ","),
            statistics.median(times), p95))


main()
