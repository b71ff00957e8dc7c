// Warp 1.19.0 cpu code for occupancy_popcount_90096750.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_occupancy_popcount_f4ae81fe {
    wp::array_t<wp::int32> bitsets;
    wp::array_t<wp::int64> total_count;
};


template <bool wp_linear_contiguous>
static void occupancy_popcount_f4ae81fe_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_occupancy_popcount_f4ae81fe *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_bitsets = _wp_args->bitsets;
    wp::array_t<wp::int64> var_total_count = _wp_args->total_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 65535;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 0;
    wp::int64 var_11;
    wp::int64 var_12;
    //---------
    // forward
    // def occupancy_popcount(bitsets: wp.array[int], total_count: wp.array[wp.int64]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // bits = bitsets[tid]                                                                    <L 8>
    var_1 = wp::address(var_bitsets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // n = wp.bit_count(bits & int(0xFFFF))                                                   <L 9>
    var_5 = wp::int(var_4);
    var_6 = wp::bit_and(var_2, var_5);
    var_7 = wp::bit_count(var_6);
    // if n > 0:                                                                              <L 10>
    var_9 = (var_7 > var_8);
    if (var_9) {
        // wp.atomic_add(total_count, 0, wp.int64(n))                                         <L 11>
        var_11 = wp::int64(var_7);
        var_12 = wp::atomic_add(var_total_count, var_10, var_11);
    }
}



template <bool wp_linear_contiguous>
static void occupancy_popcount_f4ae81fe_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_occupancy_popcount_f4ae81fe *_wp_args,
    wp_args_occupancy_popcount_f4ae81fe *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_bitsets = _wp_args->bitsets;
    wp::array_t<wp::int64> var_total_count = _wp_args->total_count;
    wp::array_t<wp::int32> adj_bitsets = _wp_adj_args->bitsets;
    wp::array_t<wp::int64> adj_total_count = _wp_adj_args->total_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 65535;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 0;
    wp::int64 var_11;
    wp::int64 var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int64 adj_11 = {};
    wp::int64 adj_12 = {};
    //---------
    // forward
    // def occupancy_popcount(bitsets: wp.array[int], total_count: wp.array[wp.int64]):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // bits = bitsets[tid]                                                                    <L 8>
    var_1 = wp::address(var_bitsets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // n = wp.bit_count(bits & int(0xFFFF))                                                   <L 9>
    var_5 = wp::int(var_4);
    var_6 = wp::bit_and(var_2, var_5);
    var_7 = wp::bit_count(var_6);
    // if n > 0:                                                                              <L 10>
    var_9 = (var_7 > var_8);
    if (var_9) {
        // wp.atomic_add(total_count, 0, wp.int64(n))                                         <L 11>
        var_11 = wp::int64(var_7);
        // var_12 = wp::atomic_add(var_total_count, var_10, var_11);
    }
    //---------
    // reverse
    if (var_9) {
        wp::adj_atomic_add(var_total_count, var_10, var_11, adj_total_count, adj_10, adj_11, adj_12);
        // adj: wp.atomic_add(total_count, 0, wp.int64(n))                                    <L 11>
    }
    // adj: if n > 0:                                                                         <L 10>
    // adj: n = wp.bit_count(bits & int(0xFFFF))                                              <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_bitsets, var_0, adj_bitsets, adj_0, adj_1);
    // adj: bits = bitsets[tid]                                                               <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def occupancy_popcount(bitsets: wp.array[int], total_count: wp.array[wp.int64]):  <L 5>
    return;
}



struct occupancy_popcount_f4ae81fe_cpu_block_payload_forward
{
    wp_args_occupancy_popcount_f4ae81fe* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void occupancy_popcount_f4ae81fe_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    occupancy_popcount_f4ae81fe_cpu_block_payload_forward* payload = (occupancy_popcount_f4ae81fe_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    occupancy_popcount_f4ae81fe_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void occupancy_popcount_f4ae81fe_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_occupancy_popcount_f4ae81fe *_wp_args)
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
        occupancy_popcount_f4ae81fe_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &occupancy_popcount_f4ae81fe_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct occupancy_popcount_f4ae81fe_cpu_block_payload_backward
{
    wp_args_occupancy_popcount_f4ae81fe* args;
    wp_args_occupancy_popcount_f4ae81fe* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void occupancy_popcount_f4ae81fe_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    occupancy_popcount_f4ae81fe_cpu_block_payload_backward* payload = (occupancy_popcount_f4ae81fe_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    occupancy_popcount_f4ae81fe_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void occupancy_popcount_f4ae81fe_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_occupancy_popcount_f4ae81fe *_wp_args,
    wp_args_occupancy_popcount_f4ae81fe *_wp_adj_args)
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
        occupancy_popcount_f4ae81fe_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &occupancy_popcount_f4ae81fe_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

