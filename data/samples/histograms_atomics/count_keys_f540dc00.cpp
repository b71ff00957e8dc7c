// Warp 1.19.0 cpu code for count_keys_f540dc00.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_count_keys_65e4c30b {
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::int32> hash_keys;
    wp::array_t<wp::int32> bins;
};


template <bool wp_linear_contiguous>
static void count_keys_65e4c30b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_keys_65e4c30b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_hash_keys = _wp_args->hash_keys;
    wp::array_t<wp::int32> var_bins = _wp_args->bins;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = -1;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    bool var_18;
    bool var_19;
    wp::int32* var_20;
    bool var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    //---------
    // forward
    // def count_keys(keys: wp.array[int], hash_keys: wp.array[int], bins: wp.array[int]):       <L 9>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // capacity = hash_keys.shape[0]                                                          <L 11>
    var_1 = &(var_hash_keys.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // home = keys[tid] % capacity                                                            <L 12>
    var_5 = wp::address(var_keys, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::mod(var_7, var_3);
    // for probe in range(MAX_PROBES):                                                        <L 13>
    var_9 = wp::range(var_8);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // slot = (home + probe * probe) % capacity                                           <L 14>
        var_11 = wp::mul(var_10, var_10);
        var_12 = wp::add(var_6, var_11);
        var_13 = wp::mod(var_12, var_3);
        // prev = wp.atomic_cas(hash_keys, slot, EMPTY, keys[tid])                            <L 15>
        var_15 = wp::address(var_keys, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::atomic_cas(var_hash_keys, var_13, var_14, var_17);
        // if prev == EMPTY or prev == keys[tid]:                                             <L 16>
        var_19 = (var_16 == var_14);
        var_18 = var_19;
        if (!var_18) {
            var_20 = wp::address(var_keys, var_0);
            var_22 = wp::load(var_20);
            var_21 = (var_16 == var_22);
            var_18 = var_18 || var_21;
        }
        if (var_18) {
            // wp.atomic_add(bins, slot, 1)                                                   <L 17>
            var_24 = wp::atomic_add(var_bins, var_13, var_23);
            // break                                                                          <L 18>
            goto end_for_0;
        }
        goto start_for_0;
    end_for_0:;
}



template <bool wp_linear_contiguous>
static void count_keys_65e4c30b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_keys_65e4c30b *_wp_args,
    wp_args_count_keys_65e4c30b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_hash_keys = _wp_args->hash_keys;
    wp::array_t<wp::int32> var_bins = _wp_args->bins;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::int32> adj_hash_keys = _wp_adj_args->hash_keys;
    wp::array_t<wp::int32> adj_bins = _wp_adj_args->bins;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = -1;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    bool var_18;
    bool var_19;
    wp::int32* var_20;
    bool var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 1;
    wp::int32 var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::range_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    //---------
    // forward
    // def count_keys(keys: wp.array[int], hash_keys: wp.array[int], bins: wp.array[int]):       <L 9>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // capacity = hash_keys.shape[0]                                                          <L 11>
    var_1 = &(var_hash_keys.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // home = keys[tid] % capacity                                                            <L 12>
    var_5 = wp::address(var_keys, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::mod(var_7, var_3);
    // for probe in range(MAX_PROBES):                                                        <L 13>
    var_9 = wp::range(var_8);
    //---------
    // reverse
    var_9 = wp::iter_reverse(var_9);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
        // slot = (home + probe * probe) % capacity                                           <L 14>
        var_11 = wp::mul(var_10, var_10);
        var_12 = wp::add(var_6, var_11);
        var_13 = wp::mod(var_12, var_3);
        // prev = wp.atomic_cas(hash_keys, slot, EMPTY, keys[tid])                            <L 15>
        var_15 = wp::address(var_keys, var_0);
        var_17 = wp::load(var_15);
        // var_16 = wp::atomic_cas(var_hash_keys, var_13, var_14, var_17);
        // if prev == EMPTY or prev == keys[tid]:                                             <L 16>
        var_19 = (var_16 == var_14);
        var_18 = var_19;
        if (!var_18) {
            var_20 = wp::address(var_keys, var_0);
            var_22 = wp::load(var_20);
            var_21 = (var_16 == var_22);
            var_18 = var_18 || var_21;
        }
        if (var_18) {
            // wp.atomic_add(bins, slot, 1)                                                   <L 17>
            // var_24 = wp::atomic_add(var_bins, var_13, var_23);
            // break                                                                          <L 18>
            goto end_for_0;
        }
        if (var_18) {
            // adj: break                                                                     <L 18>
            wp::adj_atomic_add(var_bins, var_13, var_23, adj_bins, adj_13, adj_23, adj_24);
            // adj: wp.atomic_add(bins, slot, 1)                                              <L 17>
        }
        if (!var_18) {
            wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_20);
        }
        // adj: if prev == EMPTY or prev == keys[tid]:                                        <L 16>
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_15);
        // adj: prev = wp.atomic_cas(hash_keys, slot, EMPTY, keys[tid])                       <L 15>
        wp::adj_mod(var_12, var_3, adj_12, adj_3, adj_13);
        wp::adj_add(var_6, var_11, adj_6, adj_11, adj_12);
        wp::adj_mul(var_10, var_10, adj_10, adj_10, adj_11);
        // adj: slot = (home + probe * probe) % capacity                                      <L 14>
    	goto start_for_0;
    end_for_0:;
    // adj: for probe in range(MAX_PROBES):                                                   <L 13>
    wp::adj_mod(var_7, var_3, adj_5, adj_3, adj_6);
    wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_5);
    // adj: home = keys[tid] % capacity                                                       <L 12>
    adj_hash_keys.shape = adj_1;
    // adj: capacity = hash_keys.shape[0]                                                     <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def count_keys(keys: wp.array[int], hash_keys: wp.array[int], bins: wp.array[int]):  <L 9>
    return;
}



struct count_keys_65e4c30b_cpu_block_payload_forward
{
    wp_args_count_keys_65e4c30b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_keys_65e4c30b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_keys_65e4c30b_cpu_block_payload_forward* payload = (count_keys_65e4c30b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_keys_65e4c30b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void count_keys_65e4c30b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_keys_65e4c30b *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        count_keys_65e4c30b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_keys_65e4c30b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct count_keys_65e4c30b_cpu_block_payload_backward
{
    wp_args_count_keys_65e4c30b* args;
    wp_args_count_keys_65e4c30b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_keys_65e4c30b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_keys_65e4c30b_cpu_block_payload_backward* payload = (count_keys_65e4c30b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_keys_65e4c30b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void count_keys_65e4c30b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_keys_65e4c30b *_wp_args,
    wp_args_count_keys_65e4c30b *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        count_keys_65e4c30b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_keys_65e4c30b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

