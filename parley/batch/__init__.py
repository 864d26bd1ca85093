"""`parley batch`: extraction of a large collection on this machine's cores or a Ray cluster,
into Parquet, in resumable shards.

    DIR/events/year=Y/month=M/<shard>.parquet   one row per event (flat columns + the full record)
    DIR/articles/<shard>.parquet                 the articles, for `parley ingest --from-parquet`
    DIR/shards/<shard>.done                      a finished shard (its counts and problems)
    DIR/manifest.json                            inputs, shards, counts, problems, versions, timings

docs/cluster.md has the design and the figures.
"""

from parley.batch.errors import BatchError
from parley.batch.plan import SHARD_SIZE
from parley.batch.precoded import precoded
from parley.batch.run import Manifest, run_batch

__all__ = ["SHARD_SIZE", "BatchError", "Manifest", "precoded", "run_batch"]
