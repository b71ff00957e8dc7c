// Warp 1.19.0 cpu code for toggle_bits_77704ab7.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_toggle_bits_4b21ff2b {
    wp::array_t<wp::int32> active;
    wp::array_t<wp::float32> data;
    wp::float32 lower;
    wp::float32 bins_per_unit;
    wp::array_t<wp::int32> occupancy;
};


template <bool wp_linear_contiguous>
static void toggle_bits_4b21ff2b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_toggle_bits_4b21ff2b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::float32 var_lower = _wp_args->lower;
    wp::float32 var_bins_per_unit = _wp_args->bins_per_unit;
    wp::array_t<wp::int32> var_occupancy = _wp_args->occupancy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    const wp::int32 var_12 = 32;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 5;
    wp::int32 var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 31;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    //---------
    // forward
    // def toggle_bits(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if active[tid] == 0:                                                                   <L 14>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 15>
        return;
    }
    // x = data[tid]                                                                          <L 16>
    var_5 = wp::address(var_data, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // num_cells = occupancy.shape[0] * 32                                                    <L 17>
    var_8 = &(var_occupancy.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_13 = wp::mul(var_10, var_12);
    // cell = wp.clamp(int((x - lower) * bins_per_unit), 0, num_cells - 1)                    <L 18>
    var_14 = wp::sub(var_6, var_lower);
    var_15 = wp::mul(var_14, var_bins_per_unit);
    var_16 = wp::int(var_15);
    var_19 = wp::sub(var_13, var_18);
    var_20 = wp::clamp(var_16, var_17, var_19);
    // word = cell >> 5                                                                       <L 19>
    var_22 = wp::rshift(var_20, var_21);
    // bit = 1 << (cell & 31)                                                                 <L 20>
    var_25 = wp::bit_and(var_20, var_24);
    var_26 = wp::lshift(var_23, var_25);
    // wp.atomic_or(occupancy, word, bit)                                                     <L 21>
    var_27 = wp::atomic_or(var_occupancy, var_22, var_26);
}



template <bool wp_linear_contiguous>
static void toggle_bits_4b21ff2b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_toggle_bits_4b21ff2b *_wp_args,
    wp_args_toggle_bits_4b21ff2b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::float32 var_lower = _wp_args->lower;
    wp::float32 var_bins_per_unit = _wp_args->bins_per_unit;
    wp::array_t<wp::int32> var_occupancy = _wp_args->occupancy;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::float32 adj_lower = _wp_adj_args->lower;
    wp::float32 adj_bins_per_unit = _wp_adj_args->bins_per_unit;
    wp::array_t<wp::int32> adj_occupancy = _wp_adj_args->occupancy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::shape_t* var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::shape_t var_11;
    const wp::int32 var_12 = 32;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 5;
    wp::int32 var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 31;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::shape_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::shape_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    //---------
    // forward
    // def toggle_bits(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if active[tid] == 0:                                                                   <L 14>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 15>
        goto label0;
    }
    // x = data[tid]                                                                          <L 16>
    var_5 = wp::address(var_data, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // num_cells = occupancy.shape[0] * 32                                                    <L 17>
    var_8 = &(var_occupancy.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    var_13 = wp::mul(var_10, var_12);
    // cell = wp.clamp(int((x - lower) * bins_per_unit), 0, num_cells - 1)                    <L 18>
    var_14 = wp::sub(var_6, var_lower);
    var_15 = wp::mul(var_14, var_bins_per_unit);
    var_16 = wp::int(var_15);
    var_19 = wp::sub(var_13, var_18);
    var_20 = wp::clamp(var_16, var_17, var_19);
    // word = cell >> 5                                                                       <L 19>
    var_22 = wp::rshift(var_20, var_21);
    // bit = 1 << (cell & 31)                                                                 <L 20>
    var_25 = wp::bit_and(var_20, var_24);
    var_26 = wp::lshift(var_23, var_25);
    // wp.atomic_or(occupancy, word, bit)                                                     <L 21>
    // var_27 = wp::atomic_or(var_occupancy, var_22, var_26);
    //---------
    // reverse
    // adj: wp.atomic_or(occupancy, word, bit)                                                <L 21>
    // adj: bit = 1 << (cell & 31)                                                            <L 20>
    // adj: word = cell >> 5                                                                  <L 19>
    wp::adj_clamp(var_16, var_17, var_19, adj_16, adj_17, adj_19, adj_20);
    wp::adj_sub(var_13, var_18, adj_13, adj_18, adj_19);
    wp::adj_mul(var_14, var_bins_per_unit, adj_14, adj_bins_per_unit, adj_15);
    wp::adj_sub(var_6, var_lower, adj_6, adj_lower, adj_14);
    // adj: cell = wp.clamp(int((x - lower) * bins_per_unit), 0, num_cells - 1)               <L 18>
    wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
    adj_occupancy.shape = adj_8;
    // adj: num_cells = occupancy.shape[0] * 32                                               <L 17>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_5);
    // adj: x = data[tid]                                                                     <L 16>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: if active[tid] == 0:                                                              <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def toggle_bits(                                                                  <L 5>
    return;
}



struct toggle_bits_4b21ff2b_cpu_block_payload_forward
{
    wp_args_toggle_bits_4b21ff2b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void toggle_bits_4b21ff2b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    toggle_bits_4b21ff2b_cpu_block_payload_forward* payload = (toggle_bits_4b21ff2b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    toggle_bits_4b21ff2b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void toggle_bits_4b21ff2b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_toggle_bits_4b21ff2b *_wp_args)
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
        toggle_bits_4b21ff2b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &toggle_bits_4b21ff2b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct toggle_bits_4b21ff2b_cpu_block_payload_backward
{
    wp_args_toggle_bits_4b21ff2b* args;
    wp_args_toggle_bits_4b21ff2b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void toggle_bits_4b21ff2b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    toggle_bits_4b21ff2b_cpu_block_payload_backward* payload = (toggle_bits_4b21ff2b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    toggle_bits_4b21ff2b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void toggle_bits_4b21ff2b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_toggle_bits_4b21ff2b *_wp_args,
    wp_args_toggle_bits_4b21ff2b *_wp_adj_args)
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
        toggle_bits_4b21ff2b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &toggle_bits_4b21ff2b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

