// Warp 1.19.0 cpu code for hash_insert_351a0325.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_hash_insert_6aa4c59f {
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::int32> table_keys;
    wp::array_t<wp::int32> histogram;
};


template <bool wp_linear_contiguous>
static void hash_insert_6aa4c59f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_hash_insert_6aa4c59f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_table_keys = _wp_args->table_keys;
    wp::array_t<wp::int32> var_histogram = _wp_args->histogram;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = -1;
    wp::int32 var_17;
    bool var_18;
    bool var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    //---------
    // forward
    // def hash_insert(keys: wp.array[int], table_keys: wp.array[int], histogram: wp.array[int]):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // key = keys[tid]                                                                        <L 10>
    var_1 = wp::address(var_keys, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // capacity = table_keys.shape[0]                                                         <L 11>
    var_4 = &(var_table_keys.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // home = key & (capacity - 1)                                                            <L 12>
    var_9 = wp::sub(var_6, var_8);
    var_10 = wp::bit_and(var_2, var_9);
    // for probe in range(capacity):                                                          <L 13>
    var_11 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // slot = (home + probe * probe) % capacity                                           <L 14>
        var_13 = wp::mul(var_12, var_12);
        var_14 = wp::add(var_10, var_13);
        var_15 = wp::mod(var_14, var_6);
        // prev = wp.atomic_cas(table_keys, slot, EMPTY, key)                                 <L 15>
        var_17 = wp::atomic_cas(var_table_keys, var_15, var_16, var_2);
        // if prev == EMPTY or prev == key:                                                   <L 16>
        var_19 = (var_17 == var_16);
        var_18 = var_19;
        if (!var_18) {
            var_20 = (var_17 == var_2);
            var_18 = var_18 || var_20;
        }
        if (var_18) {
            // wp.atomic_add(histogram, slot, 1)                                              <L 17>
            var_22 = wp::atomic_add(var_histogram, var_15, var_21);
            // break                                                                          <L 18>
            goto end_for_0;
        }
        goto start_for_0;
    end_for_0:;
}



template <bool wp_linear_contiguous>
static void hash_insert_6aa4c59f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_hash_insert_6aa4c59f *_wp_args,
    wp_args_hash_insert_6aa4c59f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::int32> var_table_keys = _wp_args->table_keys;
    wp::array_t<wp::int32> var_histogram = _wp_args->histogram;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::int32> adj_table_keys = _wp_adj_args->table_keys;
    wp::array_t<wp::int32> adj_histogram = _wp_adj_args->histogram;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = -1;
    wp::int32 var_17;
    bool var_18;
    bool var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::range_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def hash_insert(keys: wp.array[int], table_keys: wp.array[int], histogram: wp.array[int]):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // key = keys[tid]                                                                        <L 10>
    var_1 = wp::address(var_keys, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // capacity = table_keys.shape[0]                                                         <L 11>
    var_4 = &(var_table_keys.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // home = key & (capacity - 1)                                                            <L 12>
    var_9 = wp::sub(var_6, var_8);
    var_10 = wp::bit_and(var_2, var_9);
    // for probe in range(capacity):                                                          <L 13>
    var_11 = wp::range(var_6);
    //---------
    // reverse
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
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
        // slot = (home + probe * probe) % capacity                                           <L 14>
        var_13 = wp::mul(var_12, var_12);
        var_14 = wp::add(var_10, var_13);
        var_15 = wp::mod(var_14, var_6);
        // prev = wp.atomic_cas(table_keys, slot, EMPTY, key)                                 <L 15>
        // var_17 = wp::atomic_cas(var_table_keys, var_15, var_16, var_2);
        // if prev == EMPTY or prev == key:                                                   <L 16>
        var_19 = (var_17 == var_16);
        var_18 = var_19;
        if (!var_18) {
            var_20 = (var_17 == var_2);
            var_18 = var_18 || var_20;
        }
        if (var_18) {
            // wp.atomic_add(histogram, slot, 1)                                              <L 17>
            // var_22 = wp::atomic_add(var_histogram, var_15, var_21);
            // break                                                                          <L 18>
            goto end_for_0;
        }
        if (var_18) {
            // adj: break                                                                     <L 18>
            wp::adj_atomic_add(var_histogram, var_15, var_21, adj_histogram, adj_15, adj_21, adj_22);
            // adj: wp.atomic_add(histogram, slot, 1)                                         <L 17>
        }
        if (!var_18) {
        }
        // adj: if prev == EMPTY or prev == key:                                              <L 16>
        // adj: prev = wp.atomic_cas(table_keys, slot, EMPTY, key)                            <L 15>
        wp::adj_mod(var_14, var_6, adj_14, adj_6, adj_15);
        wp::adj_add(var_10, var_13, adj_10, adj_13, adj_14);
        wp::adj_mul(var_12, var_12, adj_12, adj_12, adj_13);
        // adj: slot = (home + probe * probe) % capacity                                      <L 14>
    	goto start_for_0;
    end_for_0:;
    // adj: for probe in range(capacity):                                                     <L 13>
    wp::adj_sub(var_6, var_8, adj_6, adj_8, adj_9);
    // adj: home = key & (capacity - 1)                                                       <L 12>
    adj_table_keys.shape = adj_4;
    // adj: capacity = table_keys.shape[0]                                                    <L 11>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_1);
    // adj: key = keys[tid]                                                                   <L 10>
    // adj: tid = wp.tid()                                                                    <L 9>
    // adj: def hash_insert(keys: wp.array[int], table_keys: wp.array[int], histogram: wp.array[int]):  <L 8>
    return;
}



struct hash_insert_6aa4c59f_cpu_block_payload_forward
{
    wp_args_hash_insert_6aa4c59f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void hash_insert_6aa4c59f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    hash_insert_6aa4c59f_cpu_block_payload_forward* payload = (hash_insert_6aa4c59f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    hash_insert_6aa4c59f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void hash_insert_6aa4c59f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_hash_insert_6aa4c59f *_wp_args)
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
        hash_insert_6aa4c59f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &hash_insert_6aa4c59f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct hash_insert_6aa4c59f_cpu_block_payload_backward
{
    wp_args_hash_insert_6aa4c59f* args;
    wp_args_hash_insert_6aa4c59f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void hash_insert_6aa4c59f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    hash_insert_6aa4c59f_cpu_block_payload_backward* payload = (hash_insert_6aa4c59f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    hash_insert_6aa4c59f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void hash_insert_6aa4c59f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_hash_insert_6aa4c59f *_wp_args,
    wp_args_hash_insert_6aa4c59f *_wp_adj_args)
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
        hash_insert_6aa4c59f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &hash_insert_6aa4c59f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

