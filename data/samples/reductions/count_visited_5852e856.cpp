// Warp 1.19.0 cpu code for count_visited_5852e856.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_count_visited_ce084a8e {
    wp::array_t<wp::int32> active;
    wp::array_t<wp::uint32> bitsets;
    wp::array_t<wp::int64> num_events;
};


template <bool wp_linear_contiguous>
static void count_visited_ce084a8e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_visited_ce084a8e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::uint32> var_bitsets = _wp_args->bitsets;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::uint32* var_5;
    wp::uint32 var_6;
    wp::uint32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 0;
    wp::int64 var_12;
    wp::int64 var_13;
    //---------
    // forward
    // def count_visited(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 12>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 13>
        return;
    }
    // word = bitsets[tid]                                                                    <L 14>
    var_5 = wp::address(var_bitsets, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // n = wp.bit_count(word)                                                                 <L 15>
    var_8 = wp::bit_count(var_6);
    // if n > 0:                                                                              <L 16>
    var_10 = (var_8 > var_9);
    if (var_10) {
        // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 17>
        var_12 = wp::int64(var_8);
        var_13 = wp::atomic_add(var_num_events, var_11, var_12);
    }
}



template <bool wp_linear_contiguous>
static void count_visited_ce084a8e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_visited_ce084a8e *_wp_args,
    wp_args_count_visited_ce084a8e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::uint32> var_bitsets = _wp_args->bitsets;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::uint32> adj_bitsets = _wp_adj_args->bitsets;
    wp::array_t<wp::int64> adj_num_events = _wp_adj_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::uint32* var_5;
    wp::uint32 var_6;
    wp::uint32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 0;
    wp::int64 var_12;
    wp::int64 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::uint32 adj_5 = {};
    wp::uint32 adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int64 adj_12 = {};
    wp::int64 adj_13 = {};
    //---------
    // forward
    // def count_visited(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // if active[tid] != 1:                                                                   <L 12>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 13>
        goto label0;
    }
    // word = bitsets[tid]                                                                    <L 14>
    var_5 = wp::address(var_bitsets, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // n = wp.bit_count(word)                                                                 <L 15>
    var_8 = wp::bit_count(var_6);
    // if n > 0:                                                                              <L 16>
    var_10 = (var_8 > var_9);
    if (var_10) {
        // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 17>
        var_12 = wp::int64(var_8);
        // var_13 = wp::atomic_add(var_num_events, var_11, var_12);
    }
    //---------
    // reverse
    if (var_10) {
        wp::adj_atomic_add(var_num_events, var_11, var_12, adj_num_events, adj_11, adj_12, adj_13);
        // adj: wp.atomic_add(num_events, 0, wp.int64(n))                                     <L 17>
    }
    // adj: if n > 0:                                                                         <L 16>
    // adj: n = wp.bit_count(word)                                                            <L 15>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_bitsets, var_0, adj_bitsets, adj_0, adj_5);
    // adj: word = bitsets[tid]                                                               <L 14>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: if active[tid] != 1:                                                              <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def count_visited(                                                                <L 5>
    return;
}



struct count_visited_ce084a8e_cpu_block_payload_forward
{
    wp_args_count_visited_ce084a8e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_visited_ce084a8e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_visited_ce084a8e_cpu_block_payload_forward* payload = (count_visited_ce084a8e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_visited_ce084a8e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void count_visited_ce084a8e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_visited_ce084a8e *_wp_args)
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
        count_visited_ce084a8e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_visited_ce084a8e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct count_visited_ce084a8e_cpu_block_payload_backward
{
    wp_args_count_visited_ce084a8e* args;
    wp_args_count_visited_ce084a8e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_visited_ce084a8e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_visited_ce084a8e_cpu_block_payload_backward* payload = (count_visited_ce084a8e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_visited_ce084a8e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void count_visited_ce084a8e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_visited_ce084a8e *_wp_args,
    wp_args_count_visited_ce084a8e *_wp_adj_args)
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
        count_visited_ce084a8e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_visited_ce084a8e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

