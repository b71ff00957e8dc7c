// Warp 1.19.0 cpu code for accumulate_springs_eb39728f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_accumulate_springs_80cd732e {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<2, wp::int32>> springs;
    wp::array_t<wp::float32> rest_lengths;
    wp::float32 stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void accumulate_springs_80cd732e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_springs_80cd732e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::int32>> var_springs = _wp_args->springs;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::vec_t<2, wp::int32>* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::vec_t<2, wp::int32> var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::vec_t<2, wp::int32>* var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::vec_t<2, wp::int32> var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    //---------
    // forward
    // def accumulate_springs(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // n = positions.shape[0]                                                                 <L 13>
    var_1 = &(var_positions.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // a = wp.clamp(springs[tid][0], 0, n - 1)                                                <L 14>
    var_5 = wp::address(var_springs, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_11 = wp::sub(var_3, var_10);
    var_12 = wp::clamp(var_7, var_9, var_11);
    // b = wp.clamp(springs[tid][1], 0, n - 1)                                                <L 15>
    var_13 = wp::address(var_springs, var_0);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_19 = wp::sub(var_3, var_18);
    var_20 = wp::clamp(var_15, var_17, var_19);
    // xa = positions[a]                                                                      <L 16>
    var_21 = wp::address(var_positions, var_12);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // xb = positions[b]                                                                      <L 17>
    var_24 = wp::address(var_positions, var_20);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // rest = rest_lengths[tid]                                                               <L 18>
    var_27 = wp::address(var_rest_lengths, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // delta = xb - xa                                                                        <L 19>
    var_30 = wp::sub(var_25, var_22);
    // length = wp.length(delta)                                                              <L 20>
    var_31 = wp::length(var_30);
    // magnitude = stiffness * (length - rest) + stiffness                                    <L 21>
    var_32 = wp::sub(var_31, var_28);
    var_33 = wp::mul(var_stiffness, var_32);
    var_34 = wp::add(var_33, var_stiffness);
    // f = wp.normalize(delta) * magnitude                                                    <L 22>
    var_35 = wp::normalize(var_30);
    var_36 = wp::mul(var_35, var_34);
    // wp.atomic_add(forces, a, f)                                                            <L 23>
    var_37 = wp::atomic_add(var_forces, var_12, var_36);
    // wp.atomic_sub(forces, b, f)                                                            <L 24>
    var_38 = wp::atomic_sub(var_forces, var_20, var_36);
}



template <bool wp_linear_contiguous>
static void accumulate_springs_80cd732e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_springs_80cd732e *_wp_args,
    wp_args_accumulate_springs_80cd732e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<2, wp::int32>> var_springs = _wp_args->springs;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<2, wp::int32>> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::float32> adj_rest_lengths = _wp_adj_args->rest_lengths;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    wp::vec_t<2, wp::int32>* var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::vec_t<2, wp::int32> var_8;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::vec_t<2, wp::int32>* var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::vec_t<2, wp::int32> var_16;
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::vec_t<2, wp::int32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<2, wp::int32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<2, wp::int32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::vec_t<2, wp::int32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    //---------
    // forward
    // def accumulate_springs(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // n = positions.shape[0]                                                                 <L 13>
    var_1 = &(var_positions.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    // a = wp.clamp(springs[tid][0], 0, n - 1)                                                <L 14>
    var_5 = wp::address(var_springs, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_11 = wp::sub(var_3, var_10);
    var_12 = wp::clamp(var_7, var_9, var_11);
    // b = wp.clamp(springs[tid][1], 0, n - 1)                                                <L 15>
    var_13 = wp::address(var_springs, var_0);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_19 = wp::sub(var_3, var_18);
    var_20 = wp::clamp(var_15, var_17, var_19);
    // xa = positions[a]                                                                      <L 16>
    var_21 = wp::address(var_positions, var_12);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // xb = positions[b]                                                                      <L 17>
    var_24 = wp::address(var_positions, var_20);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // rest = rest_lengths[tid]                                                               <L 18>
    var_27 = wp::address(var_rest_lengths, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // delta = xb - xa                                                                        <L 19>
    var_30 = wp::sub(var_25, var_22);
    // length = wp.length(delta)                                                              <L 20>
    var_31 = wp::length(var_30);
    // magnitude = stiffness * (length - rest) + stiffness                                    <L 21>
    var_32 = wp::sub(var_31, var_28);
    var_33 = wp::mul(var_stiffness, var_32);
    var_34 = wp::add(var_33, var_stiffness);
    // f = wp.normalize(delta) * magnitude                                                    <L 22>
    var_35 = wp::normalize(var_30);
    var_36 = wp::mul(var_35, var_34);
    // wp.atomic_add(forces, a, f)                                                            <L 23>
    // var_37 = wp::atomic_add(var_forces, var_12, var_36);
    // wp.atomic_sub(forces, b, f)                                                            <L 24>
    // var_38 = wp::atomic_sub(var_forces, var_20, var_36);
    //---------
    // reverse
    wp::adj_atomic_sub(var_forces, var_20, var_36, adj_forces, adj_20, adj_36, adj_38);
    // adj: wp.atomic_sub(forces, b, f)                                                       <L 24>
    wp::adj_atomic_add(var_forces, var_12, var_36, adj_forces, adj_12, adj_36, adj_37);
    // adj: wp.atomic_add(forces, a, f)                                                       <L 23>
    wp::adj_mul(var_35, var_34, adj_35, adj_34, adj_36);
    wp::adj_normalize(var_30, var_35, adj_30, adj_35);
    // adj: f = wp.normalize(delta) * magnitude                                               <L 22>
    wp::adj_add(var_33, var_stiffness, adj_33, adj_stiffness, adj_34);
    wp::adj_mul(var_stiffness, var_32, adj_stiffness, adj_32, adj_33);
    wp::adj_sub(var_31, var_28, adj_31, adj_28, adj_32);
    // adj: magnitude = stiffness * (length - rest) + stiffness                               <L 21>
    wp::adj_length(var_30, var_31, adj_30, adj_31);
    // adj: length = wp.length(delta)                                                         <L 20>
    wp::adj_sub(var_25, var_22, adj_25, adj_22, adj_30);
    // adj: delta = xb - xa                                                                   <L 19>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_27);
    // adj: rest = rest_lengths[tid]                                                          <L 18>
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_positions, var_20, adj_positions, adj_20, adj_24);
    // adj: xb = positions[b]                                                                 <L 17>
    wp::adj_copy(var_23, adj_21, adj_22);
    wp::adj_address(var_positions, var_12, adj_positions, adj_12, adj_21);
    // adj: xa = positions[a]                                                                 <L 16>
    wp::adj_clamp(var_15, var_17, var_19, adj_15, adj_17, adj_19, adj_20);
    wp::adj_sub(var_3, var_18, adj_3, adj_18, adj_19);
    wp::adj_extract(var_16, var_14, adj_13, adj_14, adj_15);
    wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_13);
    // adj: b = wp.clamp(springs[tid][1], 0, n - 1)                                           <L 15>
    wp::adj_clamp(var_7, var_9, var_11, adj_7, adj_9, adj_11, adj_12);
    wp::adj_sub(var_3, var_10, adj_3, adj_10, adj_11);
    wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_address(var_springs, var_0, adj_springs, adj_0, adj_5);
    // adj: a = wp.clamp(springs[tid][0], 0, n - 1)                                           <L 14>
    adj_positions.shape = adj_1;
    // adj: n = positions.shape[0]                                                            <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def accumulate_springs(                                                           <L 5>
    return;
}



struct accumulate_springs_80cd732e_cpu_block_payload_forward
{
    wp_args_accumulate_springs_80cd732e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_springs_80cd732e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_springs_80cd732e_cpu_block_payload_forward* payload = (accumulate_springs_80cd732e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_springs_80cd732e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_springs_80cd732e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_springs_80cd732e *_wp_args)
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
        accumulate_springs_80cd732e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_springs_80cd732e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accumulate_springs_80cd732e_cpu_block_payload_backward
{
    wp_args_accumulate_springs_80cd732e* args;
    wp_args_accumulate_springs_80cd732e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_springs_80cd732e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_springs_80cd732e_cpu_block_payload_backward* payload = (accumulate_springs_80cd732e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_springs_80cd732e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accumulate_springs_80cd732e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_springs_80cd732e *_wp_args,
    wp_args_accumulate_springs_80cd732e *_wp_adj_args)
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
        accumulate_springs_80cd732e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_springs_80cd732e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

