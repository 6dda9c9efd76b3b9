# Sourced by side-by-side.sh and in-process.sh: squiggle_ready NAME DIR says whether node and the pinned Squiggle are
# there, installing Squiggle with `npm ci` in DIR the first time. Without node (or npm for that install) it prints
# why, prefixed with NAME, and returns 1: the caller skips the comparison (exit 0) instead of failing.
squiggle_ready() {
    local name=$1 dir=$2
    if ! command -v node > /dev/null 2>&1; then
        echo "$name: node is not installed; skipping the Squiggle comparison."
        return 1
    fi
    if [ ! -d "$dir/node_modules/@quri/squiggle-lang" ]; then
        if ! command -v npm > /dev/null 2>&1; then
            echo "$name: npm is not installed and Squiggle is not installed in $dir; skipping."
            return 1
        fi
        echo "$name: installing the pinned Squiggle (npm ci in $dir)"
        (cd "$dir" && npm ci --no-audit --no-fund > /dev/null)
    fi
}
